package io.github.hipercam.cli;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
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
 * newest frame and then prints every frame after it. A {@code --first} past
 * the end that no frame reaches before the run ends (or {@code --tmax} runs
 * out) is reported with the run's number of frames, and exits with 1.
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
        try (OpenedRun run = Runs.open(source, resource, options)) {
            return follow(ctx, hang, run);
        }
    }

    /**
     * Prints a line per frame until the run ends or nothing new comes.
     *
     * @return 0, or 1 if {@code --first} is past the end and no frame came
     */
    private int follow(CliContext ctx, HangAbout hang, OpenedRun run) {
        int from = start(run);
        try (Spooler<Mccd> spool = run.spool(from)) {
            int count = 0;
            while (true) {
                Poll<Mccd> p = hang.next(spool);
                if (!(p instanceof Poll.Ready<Mccd> r)) {
                    int available = run.available();
                    if (count == 0 && from > available) {
                        ctx.err().println("tail: " + FrameText.noFrame(run.name(), "--first " + first, first,
                                available));
                        return 1;
                    }
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
    private int start(OpenedRun run) {
        return first >= 1 ? first : Math.max(run.available() + first, 1);
    }
}
