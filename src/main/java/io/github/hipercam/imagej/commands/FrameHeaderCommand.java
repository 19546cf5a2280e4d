package io.github.hipercam.imagej.commands;

import io.github.hipercam.HipercamException;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunStack;
import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.util.Numbers;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import java.awt.GraphicsEnvironment;

/**
 * Plugins &gt; HiPERCAM &gt; Show Frame Header: the header items of the
 * current image's frame as a table with columns Key, Value, Comment and CCD
 * (blank for the frame's own items, the label for each CCD's: MJDUTC,
 * EXPTIME, ...). It is an ImageJ table: its Results menu sorts it by any
 * column ({@code Table.sort} in a macro) and Edit &gt; Find… searches it;
 * macros read it with {@code Table.getString}. Headless ImageJ keeps no
 * table but Results, so there the header is the Results table. Numbers are
 * written as {@link Numbers#display} writes them.
 *
 * <pre>
 * run("Show Frame Header");
 * Table.sort("Key");
 * v = Table.getString("Value", 0);
 * </pre>
 */
public final class FrameHeaderCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Show Frame Header";

    /** The table's columns. */
    static final String KEY = "Key";
    static final String VALUE = "Value";
    static final String COMMENT = "Comment";
    static final String CCD = "CCD";

    @Override
    public void run(String arg) {
        try {
            ImagePlus imp = Commands.currentRunImage(TITLE);
            RunStack stack = (RunStack) imp.getStack();
            int frame = Commands.currentFrame(imp);
            if (GraphicsEnvironment.isHeadless()) {
                // headless ImageJ keeps no table but Results: there a macro can read it
                ResultsTable results = ResultsTable.getResultsTable();
                results.reset();
                fill(results, stack.run(), frame);
                results.show("Results");
            } else {
                table(stack.run(), frame).show(title(frame, imp.getTitle()));
            }
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    /**
     * @param frame a frame number
     * @param image the image's title
     * @return the table's title
     */
    static String title(int frame, String image) {
        return "Header of frame " + frame + " of " + image;
    }

    /**
     * @param run an open run
     * @param frame a frame number
     * @return a table of the frame's top-level items, then each CCD's
     */
    public static ResultsTable table(OpenRun run, int frame) {
        ResultsTable rt = new ResultsTable();
        fill(rt, run, frame);
        return rt;
    }

    private static void fill(ResultsTable rt, OpenRun run, int frame) {
        Mccd m = run.frame(frame);
        rt.showRowNumbers(false);
        add(rt, m.head(), "");
        for (var e : m.ccds().entrySet()) {
            add(rt, e.getValue().head(), e.getKey());
        }
    }

    private static void add(ResultsTable rt, Header h, String ccd) {
        for (Card c : h) {
            rt.incrementCounter();
            rt.addValue(KEY, c.key());
            rt.addValue(VALUE, c.value() == null ? "" : Numbers.display(c.value()));
            rt.addValue(COMMENT, c.comment() == null ? "" : c.comment());
            rt.addValue(CCD, ccd);
        }
    }
}
