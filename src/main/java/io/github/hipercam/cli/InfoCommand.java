package io.github.hipercam.cli;

import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spoolers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code info}: a human-readable summary of any source, through the generic
 * API ({@link Spoolers#ccdPars} and {@link Spoolers#openReader}): CCDs, mode,
 * exposure, windows, the number of complete frames and the times of the
 * first and last.
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
        PrintWriter out = ctx.out();
        String source = args.source(ctx);
        out.println("source    : " + source);
        out.println("resource  : " + args.resource());
        if ("rhcam".equals(source)) {
            Frame f = Hcm.read(Path.of(args.resolved(ctx)));
            out.println("type      : " + (f instanceof Mccd ? "MCCD" : "CCD"));
            FrameText.summary(out, f);
            FrameText.windows(out, f);
            return 0;
        }
        SpoolOptions options = args.options(ctx);
        String resource = args.resolved(ctx);
        List<CcdPars> pars = Spoolers.ccdPars(source, resource, options);
        for (CcdPars p : pars) {
            out.printf("CCD %-5s: %d x %d unbinned at most, padding %d, %d%n", p.label(), p.nxmax(), p.nymax(),
                    p.nxpad(), p.nypad());
        }
        try (RunReader<Mccd> reader = Spoolers.openReader(source, resource, options)) {
            frames(out, reader);
        }
        return 0;
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
        throw new io.github.hipercam.SourceAccessException(reader.name() + ": frame " + n
                + " was counted as complete but could not be read (" + p + ")");
    }
}
