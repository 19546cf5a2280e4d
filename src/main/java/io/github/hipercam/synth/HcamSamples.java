package io.github.hipercam.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sample raw HiPERCAM runs of {@code testdata/hcam/}. */
public final class HcamSamples {

    /**
     * The samples by run name: a windowed run with 2x2 binning and both scans
     * (NSAMP 4), and a two-window run with NSAMP 1 and NSKIP cycles.
     */
    public static final Map<String, HcamRunSpec> RUNS = Map.of(
            "run0001", HcamRunSpec.of("OneWindow").withBinning(2, 2).withScans(true, true).withFrames(3),
            "run0002", HcamRunSpec.of("TwoWindow").withNsamp(1).withNskips(0, 1, 0, 2, 0).withFrames(4));

    private HcamSamples() {
    }

    /**
     * @param dir folder, normally {@code testdata/hcam}
     * @param overwrite replace existing files
     * @return the files written
     * @throws IOException if the folder cannot be made
     */
    public static List<Path> write(Path dir, boolean overwrite) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (String name : List.of("run0001", "run0002")) {
            out.add(HcamRunWriter.write(dir.resolve(name + ".fits"), RUNS.get(name), overwrite));
        }
        return out;
    }
}
