package io.github.hipercam.cli;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.server.FileServer;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.UcamReadout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The network cases of {@link BenchCommand}: the same run spooled from disk
 * ({@code hl}, {@code ul}) and through the project's own server over loopback
 * ({@code hs}, {@code us}), so that their rates can be set side by side. A
 * served case writes (or reuses) the run of its disk twin and makes its
 * bench file a link to the same bytes, so both cases time the very same run
 * and their plain-read baselines read the same file.
 */
final class ServedBench {

    /** HiPERCAM frames of about 1 MB. */
    static final HcamRunSpec HCAM_1MB = HcamRunSpec.of("FullFrame").withBinning(5, 4);
    /** HiPERCAM frames of 5.2 MB. */
    static final HcamRunSpec HCAM_LARGE = HcamRunSpec.of("FullFrame").withBinning(2, 2);
    /** ULTRACAM frames of about 1 MB. */
    static final UcamRunSpec UCAM_1MB = UcamRunSpec.ultracam(io.github.hipercam.ucam.UcamMode.FFCLR)
            .withBinning(3, 2);

    private static FileServer server;

    private ServedBench() {
    }

    /**
     * @param twin name of the disk case whose run is shared
     * @param spec the HiPERCAM run
     * @return how to write the bench file: the shared run, then a link to it
     */
    static java.util.function.BiFunction<Path, Long, Path> hcamRun(String twin, HcamRunSpec spec) {
        return (file, bytes) -> {
            Path run = file.resolveSibling(twin + "-run0001.fits");
            int size = HcamRunWriter.frameSize(spec);
            if (!Files.isRegularFile(run) || size(run) < bytes) {
                HcamRunWriter.write(run, spec.withFrames((int) Math.max(1, (bytes + size - 1) / size)), true);
            }
            return link(file, run);
        };
    }

    /**
     * @param twin name of the disk case whose run is shared
     * @param spec the ULTRACAM run
     * @return how to write the bench file: the shared run, then a link to its .dat
     */
    static java.util.function.BiFunction<Path, Long, Path> ucamRun(String twin, UcamRunSpec spec) {
        return (file, bytes) -> {
            Path dir = file.getParent();
            String run = twin + "-run001";
            Path dat = dir.resolve(run + ".dat");
            byte[] xml = UcamRunWriter.xml(run, spec).getBytes(StandardCharsets.UTF_8);
            int size = UcamReadout.parse(run, xml).framesize();
            try {
                if (!Files.isRegularFile(dat) || size(dat) < bytes) {
                    UcamRunWriter.write(dir, run, spec.withFrames((int) Math.max(1, (bytes + size - 1) / size)), true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return link(file, dat);
        };
    }

    /**
     * @param file a bench file (a link made by the writers above)
     * @return the run on disk as source {@code hl} or {@code ul} reads it
     */
    static String diskResource(Path file) {
        Path target = target(file);
        String n = target.getFileName().toString();
        return target.resolveSibling(n.substring(0, n.lastIndexOf('.'))).toString();
    }

    /**
     * Opens a bench file's run through a server started for the purpose on
     * 127.0.0.1 (closed with the reader).
     *
     * @param file a bench file
     * @param source {@code hs} or {@code us}
     * @param options spool options; the server's address and a long timeout are set here
     * @return the opened run
     */
    static OpenedRun served(Path file, String source, SpoolOptions options) {
        Path target = target(file);
        String n = target.getFileName().toString();
        String run = n.substring(0, n.lastIndexOf('.'));
        FileServer server = server(target.getParent());
        String base = source.equals("hs") ? server.hipercamBase() : server.httpBase().toString();
        return Runs.open(source, run, options.withServerUrl(base).withTimeout(Duration.ofSeconds(60)));
    }

    /**
     * One server per bench folder, started at first use and kept for the
     * whole bench (its threads are daemons), so that the timed passes measure
     * serving frames, not starting a server.
     */
    private static synchronized FileServer server(Path dir) {
        if (server == null || !server.directory().equals(dir)) {
            if (server != null) {
                server.close();
            }
            server = FileServer.start(FileServer.Config.of(dir).withPort(0)
                    .withLog(s -> System.err.println("serve: " + s)));
        }
        return server;
    }

    private static Path link(Path file, Path target) {
        try {
            Files.deleteIfExists(file);
            return Files.createSymbolicLink(file, target.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path target(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
