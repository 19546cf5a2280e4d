package io.github.hipercam.cli;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.spool.Spoolers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tail}: follows a growing run and prints one line per new frame,
 * waiting with {@link HangAbout} ({@code --twait}, {@code --tmax}) while
 * nothing new is there. Unlike the reference's {@code first = 0}, which skips
 * to the newest frame on every poll, {@code --first 0} here starts at the
 * newest frame and then prints every frame after it.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Follow a growing run, printing one line per new frame.")
final class TailCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SourceArgs args = new SourceArgs();

    @Option(names = "--first", defaultValue = "1", description = "first frame to print; 0 the newest complete"
            + " one, negative that many before it (default: ${DEFAULT-VALUE})")
    private int first;

    @Mixin
    private WaitArgs wait = new WaitArgs();

    @Override
    public Integer call() {
        CliContext ctx = main.context();
        HangAbout hang = wait.hangAbout(ctx);
        String source = args.source(ctx);
        String resource = args.resolved(ctx);
        // follow: the end of a local run still being written is "not yet", not the end
        SpoolOptions options = args.options(ctx).withFollow(true);
        try (Spooler<Mccd> spool = Spoolers.open(source, resource, start(source, resource, options), options)) {
            int count = 0;
            while (true) {
                Poll<Mccd> p = hang.next(spool);
                if (!(p instanceof Poll.Ready<Mccd> r)) {
                    ctx.err().println(p instanceof Poll.End<Mccd> ? "tail: the run has ended after "
                            + count + " frame(s)" : "tail: no new frame; stopped after " + count + " frame(s)");
                    return 0;
                }
                count++;
                ctx.out().println(FrameText.line(r.number(), r.frame()));
                ctx.out().flush();
            }
        }
    }

    /**
     * The frame to start at: {@code --first} when positive, else counted
     * back from the newest complete frame now, so that the spool then gives
     * every later frame in order (the reference's 0 would jump to the newest
     * on every poll).
     */
    private int start(String source, String resource, SpoolOptions options) {
        if (first >= 1) {
            return first;
        }
        try (RunReader<Mccd> reader = Spoolers.openReader(source, resource, options)) {
            return Math.max(reader.available() + first, 1);
        }
    }
}
