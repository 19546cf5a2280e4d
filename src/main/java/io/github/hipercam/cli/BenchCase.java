package io.github.hipercam.cli;

import io.github.hipercam.hcam.HcamRunReader;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One benchmark of {@link BenchCommand}: how to write a large run and how to
 * open it. Other instruments add their cases to {@link #ALL}.
 *
 * @param name short name, also the file name of the run in the bench folder
 * @param description what it measures
 * @param write writes a run of at least the given number of bytes to the path, returns the file
 * @param open opens the written file for random access
 */
record BenchCase(String name, String description, BiFunction<Path, Long, Path> write,
        Function<Path, RunReader<Mccd>> open) {

    /** The cases, in the order they run. */
    static final List<BenchCase> ALL = List.of(
            hcam("hcam-large", "HiPERCAM FullFrame 2x2: 5.2 MB frames",
                    HcamRunSpec.of("FullFrame").withBinning(2, 2)),
            hcam("hcam-small", "HiPERCAM OneWindow 16x8: 5 kB frames",
                    HcamRunSpec.of("OneWindow").withWindows(new HcamRunSpec.Win(100, 120, 140, 160, 50, 16, 8))));

    private static BenchCase hcam(String name, String description, HcamRunSpec spec) {
        return new BenchCase(name, description, (file, bytes) -> {
            int frames = (int) Math.max(1, (bytes + HcamRunWriter.frameSize(spec) - 1) / HcamRunWriter.frameSize(spec));
            return HcamRunWriter.write(file, spec.withFrames(frames), true);
        }, file -> HcamRunReader.open(file, SpoolOptions.defaults()));
    }
}
