package io.github.hipercam.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dump}: the canonical JSON document of a source. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Print the canonical JSON dump (hipercam-dump/1) of a source.")
final class DumpCommand implements Callable<Integer> {

    @Mixin
    private SourceArgs args = new SourceArgs();

    @Option(names = "--minimal", description = "minimal headers (full=false)")
    private boolean minimal;

    @Override
    public Integer call() {
        String doc;
        if ("rhcam".equals(args.source())) {
            doc = Dump.rhcam(Path.of(args.resolved()), args.resource);
        } else {
            doc = Dump.source(args.source(), args.resolved(), args.resource, args.first,
                    args.options().withFull(!minimal));
        }
        System.out.print(doc);
        System.out.flush();
        return 0;
    }
}
