package io.github.hipercam.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dump}: the canonical JSON document of a source (DUMP-FORMAT.md). */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Print the canonical JSON dump (hipercam-dump/1) of a source; source rhcam reads one .hcm file.")
final class DumpCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SourceArgs args = new SourceArgs();

    @Option(names = "--first", defaultValue = "1", description = "first frame: 1 the first, 0 the last"
            + " complete one, negative that many before the last; ignored for hf (default: ${DEFAULT-VALUE})")
    private int first;

    @Override
    public Integer call() {
        CliContext ctx = main.context();
        String source = args.source(ctx);
        String doc;
        if ("rhcam".equals(source)) {
            doc = Dump.rhcam(Path.of(args.resolved(ctx)), args.resource());
        } else {
            doc = Dump.source(source, args.resolved(ctx), args.resource(), first, args.options(ctx));
        }
        ctx.out().print(doc);
        ctx.out().flush();
        return 0;
    }
}
