package io.github.hipercam.testutil;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Access;
import io.github.hipercam.spool.Instrument;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.SynthHcm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A test instrument, {@code growing:local}, whose run is a folder that a test
 * fills while a reader follows it: frame n is {@code frame_NNN.hcm} (written
 * beside, then renamed into place) and a file {@code END} says the run is
 * finished. It stands in for a raw run still being written at the telescope.
 * Each frame given out leaves a file {@code seen_N}, so that a test can write
 * the next frame only once the reader has had the one before.
 */
public final class GrowingRunInstrument implements Instrument {

    /** The source code that reads such folders. */
    public static final String SOURCE = "growing:local";

    @Override
    public String name() {
        return "growing";
    }

    @Override
    public boolean supportsServer() {
        return false;
    }

    @Override
    public RunReader<Mccd> openReader(String resource, Access access, SpoolOptions options) {
        Path dir = Path.of(resource);
        if (!Files.isDirectory(dir)) {
            throw new InvalidArgumentException(resource + " is not a folder of a growing run");
        }
        return new RunReader<>() {
            @Override
            public String name() {
                return resource;
            }

            @Override
            public int available() {
                int n = 0;
                while (Files.exists(file(dir, n + 1))) {
                    n++;
                }
                return n;
            }

            @Override
            public Poll<Mccd> read(int number) {
                if (number >= 1 && Files.exists(file(dir, number))) {
                    Poll<Mccd> p = Poll.ready(Hcm.readMccd(file(dir, number)), number);
                    touch(dir.resolve("seen_" + number));
                    return p;
                }
                return Files.exists(dir.resolve("END")) ? Poll.end() : Poll.notYet();
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }

    @Override
    public List<CcdPars> ccdPars(String resource, Access access, SpoolOptions options) {
        return Hcm.ccdInfo(file(Path.of(resource), 1));
    }

    /**
     * Adds synthetic frame n (see {@link SynthHcm#frame}) to a growing run.
     *
     * @param dir the run's folder
     * @param nccd number of CCDs
     * @param number frame number
     */
    public static void append(Path dir, int nccd, int number) {
        // Hcm.write writes beside the target and renames, so a reader never sees half a frame
        Hcm.write(file(dir, number), SynthHcm.frame(nccd, number), false);
    }

    /**
     * Marks a growing run as finished.
     *
     * @param dir the run's folder
     */
    public static void finish(Path dir) {
        touch(dir.resolve("END"));
    }

    /**
     * Waits until a reader has been given frame n.
     *
     * @param dir the run's folder
     * @param number frame number
     * @param timeout the longest wait; a test failure after that
     */
    public static void awaitSeen(Path dir, int number, java.time.Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(dir.resolve("seen_" + number))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no reader took frame " + number + " of " + dir + " within " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static void touch(Path p) {
        try {
            Files.writeString(p, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(Path dir, int number) {
        return dir.resolve(String.format("frame_%03d%s", number, Hcm.EXTENSION));
    }
}
