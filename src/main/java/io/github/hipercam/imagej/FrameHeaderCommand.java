package io.github.hipercam.imagej;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PlugIn;
import ij.text.TextWindow;
import java.awt.GraphicsEnvironment;

/**
 * Plugins &gt; HiPERCAM &gt; Show Frame Header: the top-level header items of
 * the current image's frame, then each CCD's items (MJDUTC, EXPTIME, ...), in
 * a text window (headless: the log).
 */
public final class FrameHeaderCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Show Frame Header";

    @Override
    public void run(String arg) {
        try {
            ImagePlus imp = Commands.currentRunImage(TITLE);
            RunStack stack = (RunStack) imp.getStack();
            int frame = Commands.currentFrame(imp);
            String text = text(stack.run(), frame);
            if (GraphicsEnvironment.isHeadless()) {
                IJ.log(text);
            } else {
                new TextWindow("Header of frame " + frame + " of " + imp.getTitle(), text, 560, 640);
            }
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    /**
     * @param run an open run
     * @param frame a frame number
     * @return the frame's top-level items, then a section per CCD
     */
    public static String text(OpenRun run, int frame) {
        Mccd m = run.frame(frame);
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(run.name()).append(", frame ").append(frame).append('\n');
        sb.append("## top level\n").append(RunImages.info(m.head()));
        for (var e : m.ccds().entrySet()) {
            Ccd ccd = e.getValue();
            sb.append("## CCD ").append(e.getKey()).append('\n').append(RunImages.info(ccd.head()));
        }
        return sb.toString();
    }
}
