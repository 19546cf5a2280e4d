package io.github.hipercam.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dump}: the canonical JSON document of a source (DUMP-FORMAT.md). A
 * {@code --first} that finds no frame (past the end) gives the document the
 * reference gives (no frames, {@code "end": "stop"}), then says so on
 * standard error and exits with 1.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Print the canonical JSON dump (hipercam-dump/1) of a source; source rhcam reads one .hcm file.")
final class DumpCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SourceArgs args = new SourceArgs();

    @Option(names = "--first", defaultValue = "1", description = "first frame: 1 the first, 0 the last"
            + " complete one, negative that many before the last; for hf it counts files (default: ${DEFAULT-VALUE})")
    private int first;

    @Override
    public Integer call() {
        CliContext ctx = main.context();
        String source = args.source(ctx);
        String doc;
        String noFrame = null;
        if ("rhcam".equals(source)) {
            doc = Dump.rhcam(Path.of(args.resolved(ctx)), args.resource());
        } else {
            Dump.Result r = Dump.run(source, args.resolved(ctx), args.resource(), first, args.options(ctx));
            doc = r.json();
            noFrame = r.noFrame();
        }
        ctx.out().print(doc);
        ctx.out().flush();
        if (noFrame != null) {
            // the document is the reference's (no frames, end "stop"); the exit code and this line say why
            ctx.err().println("dump: " + noFrame);
            return 1;
        }
        return 0;
    }
}
