package io.github.hipercam.imagej;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spoolers;
import ij.ImagePlus;
import ij.plugin.PlugIn;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugins &gt; HiPERCAM &gt; Open Run… (also File &gt; Import &gt; HiPERCAM
 * Run…): one dialog for every source, then the CCD, frames and layout. The
 * CCD choices come from {@code get_ccd_pars}. Fully recordable:
 *
 * <pre>
 * run("Open Run...", "source=hl run=[/data/run0012.fits] ccd=3 first=1 last=0");
 * run("Open Run...", "source=hf run=[testdata/hcm/frames.lis] ccd=all first=1 last=0 hyperstack");
 * </pre>
 *
 * <p>{@code ccd} takes a label ({@code 3}), the dialog's item
 * ({@code [3 (1024×512)]}) or {@code all}. Options: {@code hyperstack} (all
 * CCDs as channels), {@code zero} (gaps 0, else NaN), {@code fits} (FITS row
 * order, not flipped), {@code server=URL} (for {@code hs}/{@code us}; blank
 * takes it from the environment).
 */
public final class OpenRunCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Open Run...";

    /** The CCD choice for every CCD. */
    static final String ALL = "all";

    /**
     * Everything the dialog asks.
     *
     * @param source source code
     * @param resource run, list file, server run or URL
     * @param serverUrl server base URL, or blank for the environment's
     * @param ccd a CCD label, or {@value #ALL}
     * @param first first frame, at least 1
     * @param last last frame, 0 for to the end
     * @param hyperstack all CCDs as channels of one image
     * @param zeroGaps gaps 0 rather than NaN
     * @param fitsOrder FITS row order rather than flipped for display
     */
    public record Request(String source, String resource, String serverUrl, String ccd, int first, int last,
            boolean hyperstack, boolean zeroGaps, boolean fitsOrder) {

        SpoolOptions spoolOptions() {
            SpoolOptions o = SpoolOptions.defaults();
            return serverUrl == null || serverUrl.isBlank() ? o : o.withServerUrl(serverUrl.strip());
        }

        OpenRun.Settings settings() {
            return OpenRun.Settings.defaults().withFrames(first, last)
                    .withRender(new CcdRenderer.Options(!zeroGaps, !fitsOrder));
        }
    }

    @Override
    public void run(String arg) {
        try {
            Request r = ask();
            if (r != null) {
                Commands.show(open(r));
            }
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    /**
     * Opens what a request names.
     *
     * @param r the request
     * @return the images, not shown
     */
    public static List<ImagePlus> open(Request r) {
        List<CcdPars> pars = Spoolers.ccdPars(r.source(), r.resource(), r.spoolOptions());
        String ccd = ccdLabel(r.ccd(), pars);
        OpenRun run = new OpenRun(Spoolers.openReader(r.source(), r.resource(), r.spoolOptions()), pars,
                r.settings());
        try {
            if (ccd.equals(ALL)) {
                return FileOpener.images(run, r.hyperstack());
            }
            return List.of(RunImages.ccd(run, ccd));
        } catch (HipercamException e) {
            run.close();
            throw e;
        }
    }

    private static Request ask() {
        Fields f = Fields.create(TITLE);
        String[] sources = Commands.sources();
        f.choice("Source", sources, "hl");
        f.file("Run", "");
        f.string("Server URL (hs, us; blank = environment)", "", 30);
        f.message("hl/ul: HiPERCAM/ULTRACAM run file; hf: list of .hcm files;\n"
                + "hs/us: run on a file server; NAME:local/NAME:server: plugin instruments");
        if (!f.show()) {
            return null;
        }
        String source = f.nextChoice();
        String resource = f.nextString().strip();
        String url = f.nextString();
        if (resource.isEmpty()) {
            throw new InvalidArgumentException(TITLE + ": no run given");
        }
        List<CcdPars> pars = Spoolers.ccdPars(source, resource, SpoolOptions.defaults()
                .withServerUrl(url.isBlank() ? null : url.strip()));
        Fields g = Fields.create(TITLE);
        g.choice("CCD", ccdChoices(pars), ALL);
        g.number("First frame", 1, 0);
        g.number("Last frame (0 = to the end)", 0, 0);
        g.checkbox("Hyperstack (all CCDs as channels)", false);
        g.checkbox("Zero gaps (else NaN)", false);
        g.checkbox("FITS row order (not flipped)", false);
        if (!g.show()) {
            return null;
        }
        return new Request(source, resource, url, g.nextChoice(), (int) g.nextNumber(), (int) g.nextNumber(),
                g.nextBoolean(), g.nextBoolean(), g.nextBoolean());
    }

    /**
     * @param pars get_ccd_pars of the run
     * @return {@value #ALL}, then "label (nx×ny)" for each CCD
     */
    static String[] ccdChoices(List<CcdPars> pars) {
        List<String> out = new ArrayList<>();
        out.add(ALL);
        for (CcdPars p : pars) {
            out.add(p.label() + " (" + p.nxmax() + "\u00d7" + p.nymax() + ")");
        }
        return out.toArray(String[]::new);
    }

    /**
     * @param choice what the user or macro gave: a label, a dialog item or "all"
     * @param pars get_ccd_pars of the run
     * @return the CCD label, or {@value #ALL}
     */
    static String ccdLabel(String choice, List<CcdPars> pars) {
        String c = choice == null ? ALL : choice.strip();
        int paren = c.indexOf(" (");
        String label = paren > 0 ? c.substring(0, paren) : c;
        if (label.equalsIgnoreCase(ALL)) {
            return ALL;
        }
        for (CcdPars p : pars) {
            if (p.label().equals(label)) {
                return label;
            }
        }
        throw new InvalidArgumentException("ccd=" + c + " is not a CCD of this run; choose one of "
                + String.join(", ", ccdChoices(pars)));
    }
}
