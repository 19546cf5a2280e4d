package io.github.hipercam.cli;

import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.UcamMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One benchmark of {@link BenchCommand}: how to write a large run and how to
 * open it. Other instruments add their cases to {@link #ALL}.
 *
 * @param name short name, also the file name of the run in the bench folder
 * @param extension the extension of the file that holds the frames (".fits", ".dat")
 * @param description what it measures
 * @param write writes a run of at least the given number of bytes to the path, returns the file
 * @param open opens the written file with the given options
 * @param twin for a server case, the disk case over the same run, timed in
 *     the same passes as the baseline its rate is set against
 */
record BenchCase(String name, String extension, String description, BiFunction<Path, Long, Path> write,
        BiFunction<Path, SpoolOptions, OpenedRun> open, Optional<String> twin) {

    /** The cases, in the order they run. */
    static final List<BenchCase> ALL = List.of(
            hcam("hcam-large", "HiPERCAM FullFrame 2x2: 5.2 MB frames",
                    HcamRunSpec.of("FullFrame").withBinning(2, 2)),
            hcam("hcam-small", "HiPERCAM OneWindow 16x8: 5 kB frames",
                    HcamRunSpec.of("OneWindow").withWindows(new HcamRunSpec.Win(100, 120, 140, 160, 50, 16, 8))),
            ucam("ucam-full", "ULTRACAM FFCLR 1x1: 6.3 MB frames", UcamRunSpec.ultracam(UcamMode.FFCLR)),
            ucam("ucam-2pair", "ULTRACAM 2-PAIR, two 100x100 and 100x66 pairs: 0.2 MB frames",
                    UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withWindows(List.of(new int[] {101, 601, 201, 100, 100},
                            new int[] {201, 701, 401, 100, 66}))),
            served("hl-1mb", "HiPERCAM FullFrame 5x4 (1.0 MB frames) from disk, source hl", "hl", ServedBench.HCAM_1MB),
            served("hs-1mb", "the same run through our server over loopback, source hs", "hs", ServedBench.HCAM_1MB),
            served("hl-large", "HiPERCAM FullFrame 2x2 (5.2 MB frames) from disk, source hl", "hl",
                    ServedBench.HCAM_LARGE),
            served("hs-large", "the same run through our server over loopback, source hs", "hs",
                    ServedBench.HCAM_LARGE),
            served("ul-1mb", "ULTRACAM FFCLR 3x2 (1.1 MB frames) from disk, source ul", "ul", ServedBench.UCAM_1MB),
            served("us-1mb", "the same run through our server over loopback, source us", "us", ServedBench.UCAM_1MB));

    /** A disk or server case over a run shared by the disk and server twins (see {@link ServedBench}). */
    private static BenchCase served(String name, String description, String source, Object spec) {
        String twin = name.substring(3);
        boolean hcam = spec instanceof HcamRunSpec;
        String shared = (hcam ? "hcam-" : "ucam-") + twin;
        return new BenchCase(name, hcam ? ".fits" : ".dat", description,
                hcam ? ServedBench.hcamRun(shared, (HcamRunSpec) spec) : ServedBench.ucamRun(shared, (UcamRunSpec) spec),
                (file, options) -> source.endsWith("s") ? ServedBench.served(file, source, options)
                        : Runs.open(source, ServedBench.diskResource(file), options),
                source.endsWith("s") ? Optional.of(source.charAt(0) + "l-" + twin) : Optional.empty());
    }

    private static BenchCase hcam(String name, String description, HcamRunSpec spec) {
        return new BenchCase(name, ".fits", description, (file, bytes) -> {
            int frames = (int) Math.max(1, (bytes + HcamRunWriter.frameSize(spec) - 1) / HcamRunWriter.frameSize(spec));
            return HcamRunWriter.write(file, spec.withFrames(frames), true);
        }, (file, options) -> Runs.open("hl", file.toString(), options), Optional.empty());
    }

    /** An ULTRACAM run: RUN.xml and RUN.dat; the case's file is the .dat. */
    private static BenchCase ucam(String name, String description, UcamRunSpec spec) {
        return new BenchCase(name, ".dat", description, (dat, bytes) -> {
            int fs = UcamRunWriter.framesize(spec);
            int frames = (int) Math.max(1, (bytes + fs - 1) / fs);
            try {
                UcamRunWriter.write(dat.getParent(), runOf(dat), spec.withFrames(frames), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return dat;
        }, (dat, options) -> Runs.open("ul", dat.getParent().resolve(runOf(dat)).toString(), options),
                Optional.empty());
    }

    /**
     * @param name a case's name
     * @return that case
     */
    static BenchCase named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no bench case " + name));
    }

    private static String runOf(Path dat) {
        String f = dat.getFileName().toString();
        return f.substring(0, f.length() - ".dat".length());
    }
}
