package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.CcdRenderer;
import io.github.hipercam.imagej.views.FileOpener;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunImages;
import io.github.hipercam.imagej.views.View;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.RunPreview;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.SourceFiles;
import io.github.hipercam.run.Spoolers;
import ij.ImagePlus;
import ij.plugin.PlugIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plugins &gt; HiPERCAM &gt; Open Run… (also File &gt; Import &gt; HiPERCAM
 * Run…): one dialog for every source, then the CCD, frames and layout. The
 * CCD choices come from {@code get_ccd_pars}. Fully recordable:
 *
 * <pre>
 * run("Open Run...", "source=hl run=[/data/run0012.fits] ccd=3 first=1 last=0");
 * run("Open Run...", "source=hf run=[testdata/hcm/frames.lis] ccd=all first=1 last=0 view=mosaic hyperstack");
 * </pre>
 *
 * <p>The first page names the run. While it is open, it shows what the run
 * holds as soon as a local run is named ({@link RunPreview}: instrument,
 * mode, binning, windows, exposure, filters, frame count, duration), as
 * Bio-Formats shows a file's series; a file of the wrong kind for the source
 * (a plain FITS image as {@code hl}, an {@code .hcm} file as {@code hf}) is
 * named for what it is there, and refused when the page is closed, also in a
 * macro. The second page repeats the preview above the CCD, frames and view.
 *
 * <p>{@code ccd} takes a label ({@code 3}), the dialog's item
 * ({@code [3 (1024×512)]}) or {@code all}. {@code view} is {@code canvas}
 * (the whole CCD, the default), {@code windows} (cropped to the windows) or
 * {@code mosaic} (the windows side by side). Options: {@code hyperstack} (all
 * CCDs as the channels of one composite image), {@code zero} (gaps 0, else
 * NaN), {@code fits} (FITS row order, not flipped), {@code server=URL} (for
 * {@code hs}/{@code us}; blank takes it from the environment).
 */
public final class OpenRunCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Open Run...";

    /** The CCD choice for every CCD. */
    static final String ALL = RunImages.ALL;

    /**
     * Everything the dialog asks.
     *
     * @param source source code
     * @param resource run, list file, server run or URL
     * @param serverUrl server base URL, or blank for the environment's
     * @param ccd a CCD label, or {@value #ALL}
     * @param first first frame, at least 1
     * @param last last frame, 0 for to the end
     * @param view how much of each CCD to show
     * @param hyperstack all CCDs as channels of one image
     * @param zeroGaps gaps 0 rather than NaN
     * @param fitsOrder FITS row order rather than flipped for display
     */
    public record Request(String source, String resource, String serverUrl, String ccd, int first, int last,
            View view, boolean hyperstack, boolean zeroGaps, boolean fitsOrder) {

        SpoolOptions spoolOptions() {
            SpoolOptions o = SpoolOptions.defaults();
            return serverUrl == null || serverUrl.isBlank() ? o : o.withServerUrl(serverUrl.strip());
        }

        OpenRun.Settings settings() {
            return OpenRun.Settings.defaults().withFrames(first, last).withView(view)
                    .withRender(new CcdRenderer.Options(!zeroGaps, !fitsOrder));
        }
    }

    @Override
    public void run(String arg) {
        try {
            Source src = askSource();
            if (src == null) {
                return;
            }
            OpenedRun opened = Runs.open(src.source(), src.resource(), src.options());
            try {
                Request r = askLayout(src, opened);
                if (r == null) {
                    opened.close();
                    return;
                }
                Commands.show(open(opened, r));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
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
        return open(Runs.open(r.source(), r.resource(), r.spoolOptions()), r);
    }

    /**
     * Shows an opened run as a request asks (the run is opened once, before
     * the dialog's second page, and its header is not read again).
     *
     * @param opened the run, owned by the images from now on (closed here if this fails)
     * @param r the request
     * @return the images, not shown
     */
    static List<ImagePlus> open(OpenedRun opened, Request r) {
        String ccd;
        try {
            ccd = ccdLabel(r.ccd(), opened.ccdPars());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        OpenRun run = new OpenRun(opened, r.settings());
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

    /** What the first page asks: where the run is. */
    private record Source(String source, String resource, String url) {
        SpoolOptions options() {
            SpoolOptions o = SpoolOptions.defaults();
            return url == null || url.isBlank() ? o : o.withServerUrl(url.strip());
        }
    }

    private static Source askSource() {
        Fields f = Fields.create(TITLE);
        String[] sources = Commands.sources();
        f.choice("Source", sources, "hl");
        f.file("Run", "");
        f.string("Server URL (hs, us; blank = environment)", "", 30);
        f.message("hl/ul: HiPERCAM/ULTRACAM run file; hf: list of .hcm files;\n"
                + "hs/us: run on a file server; NAME:local/NAME:server: plugin instruments");
        f.preview(NAME_A_RUN, PREVIEW_ROWS, v -> preview(v.get(0), v.get(1), v.get(2)));
        if (!f.show()) {
            return null;
        }
        String source = f.nextChoice();
        String resource = f.nextString().strip();
        String url = f.nextString();
        if (resource.isEmpty()) {
            throw new InvalidArgumentException(TITLE + ": no run given");
        }
        Optional<String> wrong = SourceFiles.wrongKind(source, resource);
        if (wrong.isPresent()) {
            throw new InvalidArgumentException(TITLE + ": " + wrong.get());
        }
        return new Source(source, resource, url);
    }

    /** What the preview says before a run is named. */
    static final String NAME_A_RUN = "Name a run to see what it holds: instrument, mode, windows, binning,"
            + "\nexposure, filters, how many frames and how long.";
    private static final int PREVIEW_ROWS = 11;

    /**
     * What the first page shows of a run as it is named: its {@link RunPreview},
     * why the file is of the wrong kind for the source, or why it cannot be
     * opened. Runs on file servers are not asked until the page is closed.
     *
     * @param source source code
     * @param resource what is named so far
     * @param url server URL field
     * @return the text
     */
    public static String preview(String source, String resource, String url) {
        String res = resource == null ? "" : resource.strip();
        if (res.isEmpty()) {
            return NAME_A_RUN;
        }
        Optional<String> wrong = SourceFiles.wrongKind(source, res);
        if (wrong.isPresent()) {
            return "Not a run that source " + source + " reads:\n" + wrong.get();
        }
        try {
            if (Spoolers.isServer(source)) {
                return "A run on a file server: what it holds shows on the next page.";
            }
            try (OpenedRun run = Runs.open(source, res, new Source(source, res, url).options())) {
                return String.join("\n", RunPreview.of(run).lines());
            }
        } catch (HipercamException e) {
            return e.getMessage();
        }
    }

    private static Request askLayout(Source src, OpenedRun opened) {
        Fields g = Fields.create(TITLE);
        if (g.interactive()) {
            g.message(String.join("\n", RunPreview.of(opened).lines()));
        }
        g.choice("CCD", ccdChoices(opened.ccdPars()), ALL);
        g.number("First frame", 1, 0);
        g.number("Last frame (0 = to the end)", 0, 0);
        g.choice("View", View.keys(), View.CANVAS.key());
        g.message("canvas: the whole CCD; windows: cropped to the windows; mosaic: the windows side by side");
        g.checkbox("Hyperstack (all CCDs as channels)", false);
        g.checkbox("Zero gaps (else NaN)", false);
        g.checkbox("FITS row order (not flipped)", false);
        if (!g.show()) {
            return null;
        }
        return new Request(src.source(), src.resource(), src.url(), g.nextChoice(), (int) g.nextNumber(),
                (int) g.nextNumber(), View.of(g.nextChoice()), g.nextBoolean(), g.nextBoolean(), g.nextBoolean());
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
