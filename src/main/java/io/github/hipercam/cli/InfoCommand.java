package io.github.hipercam.cli;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.RunSummary;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code info}: a human-readable summary of any source, opened once with
 * {@link Runs#open}: the format's {@link RunSummary} (instrument, mode,
 * binning, windows, exposure, filters), CCDs, the number of complete frames
 * and the times of the first and last. Everything is read before anything is
 * printed, so a run that cannot be read (a list naming a missing file, say)
 * gives its error alone.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a source: CCDs, mode, windows, frame count, exposure, first and last times.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SourceArgs args = new SourceArgs();

    @Override
    public Integer call() {
        CliContext ctx = main.context();
        String source = args.source(ctx);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if ("rhcam".equals(source)) {
            Frame f = Runs.readHcm(Path.of(args.resolved(ctx)));
            heading(out, source);
            out.println("type      : " + (f instanceof Mccd ? "MCCD" : "CCD"));
            FrameText.summary(out, f);
            FrameText.windows(out, f);
        } else {
            try (OpenedRun run = Runs.open(source, args.resolved(ctx), args.options(ctx))) {
                heading(out, source);
                summary(out, run.summary());
                for (CcdPars p : run.ccdPars()) {
                    out.printf("CCD %-5s: %d x %d unbinned at most, padding %d, %d%n", p.label(), p.nxmax(),
                            p.nymax(), p.nxpad(), p.nypad());
                }
                frames(out, run.frames());
            }
        }
        // all read: only now is anything printed, so a run that fails gives its error alone
        out.flush();
        ctx.out().print(text);
        return 0;
    }

    private void heading(PrintWriter out, String source) {
        out.println("source    : " + source);
        out.println("resource  : " + args.resource());
    }

    /** The format's summary of the run's header: instrument, its items in order, the filters. */
    private static void summary(PrintWriter out, RunSummary s) {
        out.println("instrument: " + s.instrument());
        for (RunSummary.Item i : s.items()) {
            out.printf("  %-14s %s%n", i.label() + ":", i.value());
        }
        if (!s.filters().isEmpty()) {
            out.printf("  %-14s %s%n", "Filters:", String.join(", ", s.filters()));
        }
    }

    private static void frames(PrintWriter out, RunReader<Mccd> reader) {
        int n = reader.available();
        out.println("frames    : " + n + " complete");
        if (n < 1) {
            return;
        }
        Frame first = read(reader, 1);
        FrameText.summary(out, first);
        FrameText.windows(out, first);
        out.println("first     : " + FrameText.line(1, first));
        if (n > 1) {
            out.println("last      : " + FrameText.line(n, read(reader, n)));
        }
    }

    private static Frame read(RunReader<Mccd> reader, int n) {
        Poll<Mccd> p = reader.read(n);
        if (p instanceof Poll.Ready<Mccd> r) {
            return r.frame();
        }
        throw new SourceAccessException(reader.name() + ": frame " + n
                + " was counted as complete but could not be read (" + p + ")");
    }
}
