package io.github.hipercam.cli;

import io.github.hipercam.synth.BaselineRuns;
import io.github.hipercam.synth.Synth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synth}: regenerate the synthetic sample data, or write the baseline runs of the side-by-side bench. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write the synthetic sample runs and .hcm files (the contents of testdata/), or with"
                + " --baseline the five large runs that bench/side-by-side.sh times.")
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "testdata", description = "folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--overwrite", description = "replace files that exist")
    private boolean overwrite;

    @Option(names = "--baseline", description = "write the five baseline runs of the side-by-side bench instead,"
            + " one folder each below --out, and print one line per run: name, source, run, frames, MB a frame,"
            + " description (a run already written with as many frames is kept)")
    private boolean baseline;

    @Option(names = "--mb", defaultValue = "400", description = "with --baseline: about how many MB each run"
            + " holds (default: ${DEFAULT-VALUE})")
    private long mb;

    @Override
    public Integer call() throws IOException {
        if (baseline) {
            for (BaselineRuns.Run r : BaselineRuns.write(out, mb)) {
                System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%.3f\t%s%n", r.baseline().name(), r.source(),
                        r.resource().toAbsolutePath(), r.frames(), r.baseline().frameBytes() / 1e6,
                        r.baseline().description());
            }
            return 0;
        }
        List<Path> files = Synth.writeSamples(out, overwrite);
        for (Path p : files) {
            System.out.println("wrote " + p);
        }
        return 0;
    }
}
