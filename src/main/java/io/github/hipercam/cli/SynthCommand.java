package io.github.hipercam.cli;

import io.github.hipercam.synth.Synth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code synth}: regenerate the synthetic sample data. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write the synthetic sample runs and .hcm files (the contents of testdata/).")
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "testdata", description = "folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--overwrite", description = "replace files that exist")
    private boolean overwrite;

    @Override
    public Integer call() throws IOException {
        List<Path> files = Synth.writeSamples(out, overwrite);
        for (Path p : files) {
            System.out.println("wrote " + p);
        }
        return 0;
    }
}
