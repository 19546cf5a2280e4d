package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.server.FileServer;
import io.github.hipercam.spool.DecodeAheadSpooler;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.testutil.SameFrames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source {@code us} through the project's own server gives, for every
 * synthetic ULTRACAM/ULTRASPEC run of the disk-reader tests and every
 * meaning of {@code first}, the frames (pixels, headers and times) that
 * source {@code ul} gives from the same files. The RUN card names the
 * resource as given (a path on disk, a run name on the server), as in the
 * reference, so it is the one card set aside.
 */
class UcamServerSpoolTest {

    @TempDir
    static Path dir;
    private static FileServer server;
    private static SpoolOptions us;
    private static final Map<String, UcamRunSpec> RUNS = new LinkedHashMap<>();

    @BeforeAll
    static void serveEveryRun() throws IOException {
        RUNS.putAll(UcamRunWriter.samples());
        RUNS.putAll(UcamRuns.extra());
        for (Map.Entry<String, UcamRunSpec> e : RUNS.entrySet()) {
            UcamRunWriter.write(dir, e.getKey(), e.getValue(), true);
        }
        server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }));
        us = SpoolOptions.defaults().withServerUrl(server.httpBase().toString()).withTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String frames(String source, String resource, int first, SpoolOptions o) {
        String doc = Dump.source(source, resource, "run", first, o);
        return doc.substring(doc.indexOf("\"type\""), doc.lastIndexOf("\"end\""));
    }

    @Test
    void everyRunAndEveryFirstGivesTheDiskFrames() {
        for (String run : RUNS.keySet()) {
            String disk = dir.resolve(run).toString();
            for (int first : new int[] {1, 2, 0}) {
                String expected = frames("ul", disk, first, SpoolOptions.defaults());
                assertTrue(expected.contains("\"index\": 1"), run + " first " + first + " has frames");
                assertEquals(expected, frames("us", run, first, us), run + ", first = " + first);
            }
        }
    }

    @Test
    void randomAccessAndCcdParsAsFromDisk() {
        for (String run : RUNS.keySet()) {
            String disk = dir.resolve(run).toString();
            assertEquals(Spoolers.ccdPars("ul", disk), Spoolers.ccdPars("us", run, us), run);
            try (OpenedRun dRun = Runs.open("ul", disk, SpoolOptions.defaults());
                    RunReader<Mccd> d = dRun.frames();
                    OpenedRun nRun = Runs.open("us", run, us);
                    RunReader<Mccd> n = nRun.frames()) {
                int count = d.available();
                assertEquals(count, n.available(), run);
                for (int k : new int[] {count, 1, count}) {
                    SameFrames.assertSame(withoutRun(ready(d.read(k))), withoutRun(ready(n.read(k))),
                            run + " frame " + k);
                }
                assertInstanceOf(Poll.NotYet.class, n.read(count + 1));
            }
        }
    }

    /**
     * Two threads decoding ahead read frames out of order and ask for the
     * timing bytes of frames another thread is still fetching; the frames
     * and times must still be the disk's, one after the other.
     */
    @Test
    void decodingAheadOnTwoThreadsGivesTheDiskFrames() {
        for (String run : RUNS.keySet()) {
            String disk = dir.resolve(run).toString();
            try (OpenedRun dRun = Runs.open("ul", disk, SpoolOptions.defaults());
                    RunReader<Mccd> d = dRun.frames();
                    OpenedRun nRun = Runs.open("us", run, us);
                    Spooler<Mccd> n = new DecodeAheadSpooler<>(nRun.frames(), 1, 2, 1, 4)) {
                int count = d.available();
                for (int k = 1; k <= count; k++) {
                    SameFrames.assertSame(withoutRun(ready(d.read(k))), withoutRun(ready(n.poll())),
                            run + " frame " + k + " decoded ahead");
                }
                assertInstanceOf(Poll.NotYet.class, n.poll());
            }
        }
    }

    @Test
    void growingRunIsFollowedWithFirstZero() throws IOException {
        Path full = Files.createDirectories(dir.resolve("full"));
        UcamRunSpec spec = UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withFrames(4);
        UcamRunWriter.write(full, "run200", spec, true);
        byte[] dat = Files.readAllBytes(full.resolve("run200.dat"));
        int size = dat.length / 4;
        Files.copy(full.resolve("run200.xml"), dir.resolve("run200.xml"));
        Path growing = Files.write(dir.resolve("run200.dat"), new byte[0]);
        try (Spooler<Mccd> last = Spoolers.open("us", "run200", 0, us);
                OpenedRun diskRun = Runs.open("ul", full.resolve("run200").toString(),
                        SpoolOptions.defaults());
                RunReader<Mccd> disk = diskRun.frames()) {
            assertInstanceOf(Poll.NotYet.class, last.poll());
            append(growing, dat, 0, 2 * size + size / 2);
            Mccd two = ready(last.poll());
            assertEquals(2L, two.head().get("NFRAME"));
            assertInstanceOf(Poll.NotYet.class, last.poll());
            append(growing, dat, 2 * size + size / 2, 4 * size);
            Mccd four = ready(last.poll());
            SameFrames.assertSame(withoutRun(ready(disk.read(4))), withoutRun(four), "last frame of the grown run");
            assertInstanceOf(Poll.NotYet.class, last.poll());
        }
    }

    private static void append(Path file, byte[] all, int from, int to) throws IOException {
        Files.write(file, Arrays.copyOfRange(all, from, to), StandardOpenOption.APPEND);
    }

    private static Mccd ready(Poll<Mccd> p) {
        return assertInstanceOf(Poll.Ready.class, p).frame() instanceof Mccd m ? m : null;
    }

    /** The frame with its RUN card set to one value, the only card that names where it was read from. */
    private static Mccd withoutRun(Mccd m) {
        Map<String, Ccd> ccds = new LinkedHashMap<>();
        for (Map.Entry<String, Ccd> e : m.ccds().entrySet()) {
            Ccd c = e.getValue();
            ccds.put(e.getKey(), c.head().has("RUN") ? c.withHead(c.head().with("RUN", "-", "")) : c);
        }
        return new Mccd(ccds, m.head().has("RUN") ? m.head().with("RUN", "-", "") : m.head());
    }
}
