package io.github.hipercam.cli;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Grab;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.SourceCode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code grab}: writes frames of a raw run to {@code .hcm} files named as the
 * reference's {@code grab} names them, {@code ROOT_NNN.hcm}. Each file is
 * written under a temporary name and renamed (a Ctrl-C removes the temporary
 * being written, see {@link InFlight}), existing files are kept unless
 * {@code --overwrite}, and progress goes to standard error: a bar redrawn in
 * place on a terminal, else one line per file written.
 */
@Command(name = "grab", mixinStandardHelpOptions = true,
        description = "Write frames of a raw run to .hcm files ROOT_NNN.hcm (ROOT: the run's name).")
final class GrabCommand implements Callable<Integer> {

    private static final int BAR = 30;

    @ParentCommand
    private Main main;

    @Mixin
    private SourceArgs args = new SourceArgs();

    @Option(names = "--first", defaultValue = "1", description = "first frame to grab; 0 the last complete one"
            + " (default: ${DEFAULT-VALUE})")
    private int first;

    @Option(names = "--last", defaultValue = "0", description = "last frame to grab, 0 for the lot"
            + " (default: ${DEFAULT-VALUE})")
    private int last;

    @Option(names = "--ndigit", defaultValue = "" + Grab.DEFAULT_NDIGIT, description = "digits of the frame"
            + " number in file names, as the reference's grab and Export Frames (default: ${DEFAULT-VALUE})")
    private int ndigit;

    @Mixin
    private WaitArgs wait = new WaitArgs();

    @Option(names = "--dir", defaultValue = ".", description = "output folder, taken from --chdir if relative"
            + " (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--overwrite", description = "replace files that exist (without it, grab refuses)")
    private boolean overwrite;

    @Option(names = "--no-progress", description = "no progress on standard error (a bar on a terminal,"
            + " else a line per file)")
    private boolean noProgress;

    private boolean barDrawn;

    @Override
    public Integer call() {
        CliContext ctx = main.context();
        String source = args.source(ctx);
        check(source);
        Path out = args.within(dir);
        if (!Files.isDirectory(out)) {
            throw new InvalidArgumentException("--dir " + out + " is not a folder");
        }
        Grab.Settings settings = new Grab.Settings(out, Grab.rootOf(args.resource()), ndigit, last, overwrite);
        List<Path> existing = Grab.existing(settings, first);
        if (!existing.isEmpty()) {
            throw new FileExistsException(existing.get(0));
        }
        HangAbout hang = wait.hangAbout(ctx);
        List<Path> written;
        try (InFlight inFlight = new InFlight(true);
                OpenedRun run = Runs.open(source, args.resolved(ctx), args.options(ctx));
                Spooler<Mccd> spool = run.spool(first)) {
            written = Grab.run(spool, settings, hang, progress(ctx), inFlight.writer());
        } finally {
            if (barDrawn) {
                ctx.err().println();
            }
        }
        if (written.isEmpty()) {
            ctx.err().println("error: no frames were grabbed; check --first (and that the run has frames)");
            return 1;
        }
        ctx.out().println("grab finished: " + written.size() + " file(s) in " + out);
        return 0;
    }

    private void check(String source) {
        if ("hf".equals(source) || "rhcam".equals(source)) {
            throw new InvalidArgumentException("grab reads raw runs, not source " + source + "; valid choices are "
                    + String.join(", ", SourceCode.validChoices().stream().filter(s -> !s.equals("hf")).toList()));
        }
        if (first < 0) {
            throw new InvalidArgumentException("--first must be 0 (the last frame) or more, got " + first);
        }
        if (last != 0 && last < first) {
            throw new InvalidArgumentException("--last must be >= --first or 0, got first=" + first
                    + ", last=" + last);
        }
    }

    private Grab.Progress progress(CliContext ctx) {
        PrintWriter out = ctx.out();
        PrintWriter err = ctx.err();
        int total = last > 0 && first > 0 ? last - first + 1 : 0;
        return (frame, count, file) -> {
            out.println("written frame " + frame + " to " + file);
            out.flush();
            if (noProgress) {
                return;
            }
            String text = bar(count, total) + " " + file.getFileName();
            if (ctx.errIsTerminal()) {
                // a terminal redraws the bar in place; the line is ended when the grab stops
                err.print("\r" + text);
                barDrawn = true;
            } else {
                // a log or a pipe gets whole lines, never carriage returns
                err.println(text);
            }
            err.flush();
        };
    }

    /**
     * @param done files written
     * @param total files expected, 0 if open-ended
     * @return a bar such as {@code [#####.....]  5/10}, or a count when the end is open
     */
    static String bar(int done, int total) {
        if (total <= 0) {
            return String.format("grabbed %d frame(s)", done);
        }
        int full = (int) Math.min(BAR, (long) done * BAR / total);
        return "[" + "#".repeat(full) + ".".repeat(BAR - full) + "] " + done + "/" + total;
    }
}
