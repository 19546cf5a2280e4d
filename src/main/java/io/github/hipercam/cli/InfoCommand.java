package io.github.hipercam.cli;

import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.spool.HcamListSpool;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spoolers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code info}: a human-readable summary of a source. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise a source: CCDs, windows, frame count, exposure, first and last times.")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    private SourceArgs args = new SourceArgs();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        String source = args.source();
        out.println("source   : " + source);
        out.println("resource : " + args.resource);
        if ("rhcam".equals(source)) {
            Frame f = Hcm.read(Path.of(args.resolved()));
            out.println("type     : " + (f instanceof Mccd ? "MCCD" : "CCD"));
            describe(out, f);
            return 0;
        }
        List<CcdPars> pars = Spoolers.ccdPars(source, args.resolved(), args.options());
        for (CcdPars p : pars) {
            out.printf("CCD %-4s : %d x %d unbinned, padding %d, %d%n", p.label(), p.nxmax(), p.nymax(),
                    p.nxpad(), p.nypad());
        }
        List<Frame> ends = firstAndLast(source, args.resolved(), args.options(), out);
        if (ends.isEmpty()) {
            out.println("frames   : none yet");
            return 0;
        }
        describe(out, ends.get(0));
        times(out, "first", ends.get(0));
        times(out, "last ", ends.get(ends.size() - 1));
        return 0;
    }

    private static List<Frame> firstAndLast(String source, String resource, SpoolOptions options,
            PrintStream out) {
        List<Frame> ends = new ArrayList<>();
        if ("hf".equals(source)) {
            try (HcamListSpool<Mccd> spool = HcamListSpool.ofFile(Path.of(resource))) {
                out.println("frames   : " + spool.size());
                Mccd last = null;
                for (Mccd m : spool) {
                    if (ends.isEmpty()) {
                        ends.add(m);
                    }
                    last = m;
                }
                if (last != null && spool.size() > 1) {
                    ends.add(last);
                }
            }
            return ends;
        }
        try (RunReader<Mccd> reader = Spoolers.openReader(source, resource, options)) {
            int n = reader.available();
            out.println("frames   : " + n + " complete");
            for (int i : n > 1 ? new int[] {1, n} : n == 1 ? new int[] {1} : new int[0]) {
                if (reader.read(i) instanceof Poll.Ready<Mccd> r) {
                    ends.add(r.frame());
                }
            }
        }
        return ends;
    }

    private static void describe(PrintStream out, Frame f) {
        Map<String, Ccd> ccds = f instanceof Mccd m ? m.ccds() : Map.of("-", (Ccd) f);
        if (f instanceof Mccd m) {
            for (String k : List.of("MODE", "OBJECT", "DATE", "EXPTIME", "TIMSTAMP")) {
                if (m.head().has(k)) {
                    out.printf("%-9s: %s%n", k, m.head().get(k));
                }
            }
        }
        for (Map.Entry<String, Ccd> e : ccds.entrySet()) {
            Ccd c = e.getValue();
            out.printf("CCD %s: %d x %d, %d window(s)%n", e.getKey(), c.nxtot(), c.nytot(), c.windows().size());
            for (Map.Entry<String, Window> w : c.windows().entrySet()) {
                Winhead g = w.getValue().geometry();
                out.printf("   %-5s llx=%d lly=%d nx=%d ny=%d xbin=%d ybin=%d%s%n", w.getKey(), g.llx(),
                        g.lly(), g.nx(), g.ny(), g.xbin(), g.ybin(),
                        g.outamp().isEmpty() ? "" : " outamp=" + g.outamp());
            }
        }
    }

    private static void times(PrintStream out, String which, Frame f) {
        Object nframe = f.head().get("NFRAME");
        Object mjd = f.head().get("MJDUTC");
        Object exp = f.head().get("EXPTIME");
        if (mjd == null && f instanceof Mccd m && !m.ccds().isEmpty()) {
            mjd = m.ccds().values().iterator().next().head().get("MJDUTC");
        }
        out.printf("%s    : frame %s, MJDUTC %s, EXPTIME %s%n", which, nframe == null ? "?" : nframe,
                mjd == null ? "?" : mjd, exp == null ? "?" : exp);
    }
}
