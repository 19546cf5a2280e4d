package io.github.hipercam.imagej;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import ij.ImagePlus;
import ij.measure.Calibration;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the ImageJ images of an {@link OpenRun}: one per CCD, or all CCDs as
 * one hyperstack (channels = CCDs, frames = time). Each image is calibrated
 * (see {@link CcdCanvas#calibration(boolean)}), has the frame interval from
 * the run's timing, and has the run's header as its Info.
 */
public final class RunImages {

    private RunImages() {
    }

    /**
     * @param run the open run
     * @param ccd CCD label
     * @return a virtual-stack image of that CCD, slice n = frame first + n - 1
     */
    public static ImagePlus ccd(OpenRun run, String ccd) {
        RunStack stack = new RunStack(run, List.of(ccd));
        ImagePlus imp = new ImagePlus(title(run) + " CCD " + ccd, stack);
        dress(imp, run, ccd);
        return imp;
    }

    /**
     * @param run the open run
     * @return all CCDs as one hyperstack
     * @throws InvalidArgumentException if the CCDs do not share one canvas
     */
    public static ImagePlus hyperstack(OpenRun run) {
        if (!run.sharedGeometry()) {
            throw new InvalidArgumentException(run.name() + ": the CCDs have different geometries;"
                    + " open them as one image per CCD");
        }
        RunStack stack = new RunStack(run, run.labels());
        ImagePlus imp = new ImagePlus(title(run), stack);
        imp.setDimensions(stack.channels(), 1, run.size());
        imp.setOpenAsHyperStack(true);
        dress(imp, run, run.labels().get(0));
        return imp;
    }

    /**
     * Grows an image after {@link OpenRun#refresh()} found new frames.
     * Call on the event dispatch thread when the image is shown.
     *
     * @param imp an image made here
     */
    public static void grow(ImagePlus imp) {
        if (!(imp.getStack() instanceof RunStack stack)) {
            throw new InvalidArgumentException(imp.getTitle() + " is not a HiPERCAM run stack");
        }
        int frames = stack.run().size();
        if (frames <= stack.frames()) {
            return;
        }
        stack.setFrames(frames);
        imp.setStack(stack, stack.channels(), 1, frames);
        if (stack.channels() > 1) {
            imp.setOpenAsHyperStack(true);
        }
    }

    private static void dress(ImagePlus imp, OpenRun run, String ccd) {
        Calibration cal = run.renderer(ccd).calibration();
        cal.frameInterval = run.frameInterval();
        cal.setTimeUnit("s");
        if (run.frameInterval() > 0) {
            cal.fps = 1.0 / run.frameInterval();
        }
        imp.setCalibration(cal);
        imp.setProperty("Info", info(run.header()));
        imp.setProperty("HiPERCAM.run", run.name());
    }

    /**
     * @param h a header
     * @return its cards as {@code KEY = value} lines (comments after {@code " / "}),
     *     commentary cards as {@code KEY text}
     */
    static String info(Header h) {
        StringBuilder sb = new StringBuilder();
        for (Card c : h) {
            if (c.isCommentary()) {
                sb.append(c.key().isEmpty() ? "" : c.key() + " ").append(c.value() == null ? "" : c.value());
            } else {
                sb.append(c.key()).append(" = ").append(c.value() == null ? "" : FrameLabels.format(c.value()));
                if (!c.comment().isEmpty()) {
                    sb.append(" / ").append(c.comment());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * @param run a run
     * @return a short title: the run's file name without folders
     */
    static String title(OpenRun run) {
        try {
            Path p = Path.of(run.name()).getFileName();
            return p == null ? run.name() : p.toString();
        } catch (RuntimeException e) {
            return run.name();
        }
    }
}
