package io.github.hipercam.synth;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.ucam.UcamMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five baseline runs of the side-by-side benchmark ({@code bench/side-by-side.sh}),
 * each timed with the reference pipeline and with this project on the very
 * same files. The first four are the kinds the speed issue names; the fifth,
 * an ULTRASPEC full frame read through the avalanche output, covers the one
 * instrument and readout path the other four leave out: a single large
 * window of one CCD whose rows are mirrored while decoding.
 *
 * <pre>{@code
 * for (BaselineRuns.Run r : BaselineRuns.write(Path.of("/tmp/baseline"), 400)) {
 *     try (Spooler<Mccd> s = Spoolers.open(r.source(), r.resource().toString(), 1)) { ... }
 * }
 * }</pre>
 */
public final class BaselineRuns {

    /** ULTRACAM 2-PAIR: two pairs of 100x80 windows. */
    private static final List<int[]> TWO_PAIR_100X80 = List.of(new int[] {101, 601, 201, 100, 80},
            new int[] {201, 701, 401, 100, 80});
    /** ULTRASPEC: the whole CCD, its 16 prescan columns included (1056 + 16 wide, 1072 high). */
    private static final List<int[]> USPEC_FULL = List.of(new int[] {1, 1, 1072, 1072});

    /** The runs, in the order they are timed. */
    public static final List<Baseline> ALL = List.of(
            hcam("hcam-ff-clear", "HiPERCAM FullFrame 2x4, NSAMP 4, clear",
                    HcamRunSpec.of("FullFrame").withBinning(2, 4).withNsamp(4).withClear(true)),
            hcam("hcam-2win-scans", "HiPERCAM TwoWindow 100x80, prescan + overscan",
                    HcamRunSpec.of("TwoWindow").withScans(true, true).withWindows(
                            new HcamRunSpec.Win(100, 120, 140, 160, 50, 100, 80),
                            new HcamRunSpec.Win(300, 320, 340, 360, 250, 100, 80))),
            ucam("ucam-ffclr", "ULTRACAM FFCLR 1x1", UcamRunSpec.ultracam(UcamMode.FFCLR)),
            ucam("ucam-2pair", "ULTRACAM 2-PAIR 100x80",
                    UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withWindows(TWO_PAIR_100X80)),
            ucam("uspec-full-av", "ULTRASPEC full frame, avalanche output",
                    UcamRunSpec.ultraspec(UcamMode.USPEC_1, "A").withWindows(USPEC_FULL)));

    private BaselineRuns() {
    }

    private static Baseline hcam(String name, String description, HcamRunSpec spec) {
        return new Baseline(name, description, "hl", spec, null);
    }

    private static Baseline ucam(String name, String description, UcamRunSpec spec) {
        return new Baseline(name, description, "ul", null, spec);
    }

    /**
     * One baseline run, not yet written.
     *
     * @param name short name, also the folder of its files
     * @param description what it is
     * @param source the source code that reads it, "hl" or "ul"
     * @param hcam the HiPERCAM run, or null
     * @param ucam the ULTRACAM/ULTRASPEC run, or null
     */
    public record Baseline(String name, String description, String source, HcamRunSpec hcam, UcamRunSpec ucam) {

        /** @return bytes of one frame in the run's file */
        public long frameBytes() {
            return hcam != null ? HcamRunWriter.frameSize(hcam) : UcamRunWriter.framesize(ucam);
        }
    }

    /**
     * A baseline run as written.
     *
     * @param baseline what was written
     * @param resource the run as {@code Spoolers.open} and the reference's
     *     {@code data_source} take it: the path without {@code .fits},
     *     {@code .dat} or {@code .xml}
     * @param frames frames written
     */
    public record Run(Baseline baseline, Path resource, int frames) {

        /** @return the source code that reads it */
        public String source() {
            return baseline.source();
        }
    }

    /**
     * Writes every baseline run, each in a folder of its own below {@code dir}
     * (a run already there with as many frames is kept).
     *
     * @param dir folder (created if needed)
     * @param mb about how many MB each run holds; at least one frame is written
     * @return the runs, in the order of {@link #ALL}
     * @throws IOException if a file cannot be written
     */
    public static List<Run> write(Path dir, long mb) throws IOException {
        if (mb < 1) {
            throw new InvalidArgumentException("baseline runs need at least 1 MB each, got " + mb);
        }
        List<Run> out = new ArrayList<>();
        for (Baseline b : ALL) {
            out.add(write(dir, b, mb * 1_000_000L));
        }
        return out;
    }

    private static Run write(Path dir, Baseline b, long bytes) throws IOException {
        int frames = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / b.frameBytes()));
        Path folder = Files.createDirectories(dir.resolve(b.name()));
        if (b.hcam() != null) {
            Path file = folder.resolve("run0001.fits");
            long want = (long) frames * b.frameBytes();
            if (!Files.isRegularFile(file) || Files.size(file) < want || Files.size(file) > want + (1 << 20)) {
                HcamRunWriter.write(file, b.hcam().withFrames(frames), true);
            }
            return new Run(b, folder.resolve("run0001"), frames);
        }
        Path dat = folder.resolve("run001.dat");
        if (!Files.isRegularFile(dat) || Files.size(dat) != (long) frames * b.frameBytes()) {
            UcamRunWriter.write(folder, "run001", b.ucam().withFrames(frames), true);
        }
        return new Run(b, folder.resolve("run001"), frames);
    }
}
