package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.Channels;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunStack;
import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import ij.IJ;
import ij.ImagePlus;
import ij.gui.Plot;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;

/**
 * Plugins &gt; HiPERCAM &gt; Frame Times: the Results table of frame number,
 * CCD, {@code MJDUTC}, {@code EXPTIME}, {@code GOODTIME} and {@code DSTATUS}
 * (1 true, 0 false, NaN absent), one row per frame and CCD, for the frames
 * of the current image. With {@code plot}, also a plot of the mid-exposure
 * time (seconds after the first frame) against frame number, so that
 * dropped frames and gaps show as steps: each CCD in its own colour, the
 * colour of its channel in a hyperstack, lines and points alike, as its
 * legend shows it.
 *
 * <pre>
 * run("Frame Times", "plot");
 * mjd = getResult("MJDUTC", 0);
 * </pre>
 *
 * <p>Every frame of the image is read (through the cache), so on a long run
 * this takes as long as reading the run; a progress bar shows how far it is.
 */
public final class FrameTimesCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Frame Times";

    @Override
    public void run(String arg) {
        try {
            ImagePlus imp = Commands.currentRunImage(TITLE);
            Fields f = Fields.create(TITLE);
            f.checkbox("Plot MJD against frame", true);
            if (!f.show()) {
                return;
            }
            boolean plot = f.nextBoolean();
            RunStack stack = (RunStack) imp.getStack();
            OpenRun run = stack.run();
            ResultsTable rt = ResultsTable.getResultsTable();
            rt.reset();
            fill(rt, run, run.frameOf(1), run.frameOf(stack.frames()), stack.ccds());
            rt.show("Results");
            if (plot) {
                Commands.showPlain(plot(rt, imp.getTitle(), ccd -> darker(Channels.colour(run.instrument(),
                        run.index(ccd)))).getImagePlus());
            }
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    /**
     * @param rt the table to fill (rows are added)
     * @param run an open run
     * @param first first frame
     * @param last last frame
     * @param ccds CCD labels
     */
    public static void fill(ResultsTable rt, OpenRun run, int first, int last, List<String> ccds) {
        for (int n = first; n <= last; n++) {
            IJ.showProgress(n - first, last - first + 1);
            Mccd m = run.frame(n);
            for (String label : ccds) {
                Header h = m.ccd(label).head();
                rt.incrementCounter();
                rt.addValue("Frame", n);
                rt.addValue("CCD", label);
                rt.addValue("MJDUTC", number(h, "MJDUTC"));
                rt.addValue("EXPTIME", number(h, "EXPTIME"));
                rt.addValue("GOODTIME", number(h, "GOODTIME"));
                rt.addValue("DSTATUS", number(h, "DSTATUS"));
            }
        }
        IJ.showProgress(1.0);
        rt.setDecimalPlaces(rt.getColumnIndex("MJDUTC"), 11);
        rt.setDecimalPlaces(rt.getColumnIndex("EXPTIME"), 6);
    }

    private static double number(Header h, String key) {
        Object v = h.get(key);
        if (v instanceof Number x) {
            return x.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Double.NaN;
    }

    /**
     * A channel colour made dark enough to read on the plot's white ground
     * (the same hue; yellow becomes ochre).
     *
     * @param c a colour
     * @return it darkened
     */
    static Color darker(Color c) {
        double lum = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
        double f = lum > 140 ? 140 / lum : 1;
        return new Color((int) (c.getRed() * f), (int) (c.getGreen() * f), (int) (c.getBlue() * f));
    }

    /**
     * @param rt a table made by {@link #fill}
     * @param title the image's title
     * @param colours the colour of each CCD's series, by CCD label
     * @return time after the first frame (s) against frame number, a series per CCD
     */
    public static Plot plot(ResultsTable rt, String title, Function<String, Color> colours) {
        Plot plot = new Plot("Frame times of " + title, "frame", "MJDUTC - first (s)");
        double t0 = Double.NaN;
        java.util.Map<String, java.util.List<double[]>> series = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rt.size(); i++) {
            double mjd = rt.getValue("MJDUTC", i);
            if (Double.isNaN(t0) && !Double.isNaN(mjd)) {
                t0 = mjd;
            }
            series.computeIfAbsent(rt.getStringValue("CCD", i), k -> new java.util.ArrayList<>())
                    .add(new double[] {rt.getValue("Frame", i), (mjd - t0) * 86400.0});
        }
        for (var e : series.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(p -> p[1]).toArray();
            Color colour = colours.apply(e.getKey());
            // both colours: "connected circle" draws its lines in the second (black if unset)
            plot.setColor(colour, colour);
            plot.add("connected circle", x, y);
            plot.setLabel(-1, "CCD " + e.getKey());
        }
        plot.setLimitsToFit(false);
        plot.addLegend(null);
        return plot;
    }
}
