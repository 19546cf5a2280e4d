package io.github.hipercam.imagej.views;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.process.LUT;
import ij.measure.Calibration;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the ImageJ images of an {@link OpenRun}: one per CCD, or all CCDs as
 * one hyperstack (channels = CCDs, frames = time). Each image is calibrated
 * (see {@link CcdCanvas#calibration(boolean)}), has the frame interval from
 * the run's timing, and has the run's header as its Info.
 *
 * <p>How they look: each CCD starts with its own display range, the 5th to
 * 95th percentile of its window pixels in the first frame shown
 * ({@link Channels#range}); a hyperstack is a {@link CompositeImage} in
 * composite mode with one LUT per CCD in the colour of its filter
 * ({@link Channels#colour}); and a {@link WindowOverlay} fills the gaps
 * between windows with a colour of their own and outlines and names each
 * window.
 */
public final class RunImages {

    /** The CCD choice for every CCD of a run. */
    public static final String ALL = "all";

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
        double[] range = run.displayRange(ccd);
        if (!Double.isNaN(range[0])) {
            imp.setDisplayRange(range[0], range[1]);
        }
        imp.setOverlay(WindowOverlay.of(run, List.of(ccd), false));
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
        ImagePlus plain = new ImagePlus(title(run), stack);
        plain.setDimensions(stack.channels(), 1, run.size());
        plain.setOpenAsHyperStack(true);
        CompositeImage imp = new CompositeImage(plain, IJ.COMPOSITE);
        imp.setLuts(luts(run));
        imp.setOpenAsHyperStack(true);
        dress(imp, run, run.labels().get(0));
        imp.setOverlay(WindowOverlay.of(run, run.labels(), true));
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
        // the LUTs (colours and display ranges) are taken while the image still matches its stack
        LUT[] luts = imp instanceof CompositeImage ci ? ci.getLuts() : null;
        stack.setFrames(frames);
        if (stack.channels() > 1) {
            imp.setStack(stack, stack.channels(), 1, frames);
            imp.setOpenAsHyperStack(true);
            if (luts != null) {
                ((CompositeImage) imp).setLuts(luts);
            }
        } else {
            // a one-CCD image stays a plain stack (frames as slices), as it was made, and keeps its range
            double min = imp.getDisplayRangeMin();
            double max = imp.getDisplayRangeMax();
            imp.setStack(stack, 1, frames, 1);
            imp.setDisplayRange(min, max);
        }
    }

    /** One LUT per CCD, in its colour, spanning its first display range. */
    private static LUT[] luts(OpenRun run) {
        List<String> labels = run.labels();
        LUT[] luts = new LUT[labels.size()];
        for (int c = 0; c < luts.length; c++) {
            String label = labels.get(c);
            luts[c] = LUT.createLutFromColor(Channels.colour(run.instrument(), run.index(label)));
            double[] range = run.displayRange(label);
            if (!Double.isNaN(range[0])) {
                luts[c].min = range[0];
                luts[c].max = range[1];
            }
        }
        return luts;
    }

    private static void dress(ImagePlus imp, OpenRun run, String ccd) {
        Calibration cal = run.renderer(ccd).calibration();
        cal.frameInterval = run.frameInterval();
        cal.setTimeUnit("s");
        if (run.frameInterval() > 0) {
            cal.fps = 1.0 / run.frameInterval();
        }
        imp.setCalibration(cal);
        String info = info(run.header());
        if (imp.getStackSize() == 1) {
            // a single slice's header is read from Info, not its label (AstroImageJ's FitsJ.getHeaderString)
            info = info + imp.getStack().getSliceLabel(1) + "\n";
        }
        imp.setProperty("Info", info);
        imp.setProperty("HiPERCAM.run", run.name());
    }

    /**
     * @param h a header
     * @return its cards as {@code KEY = value} lines (comments after {@code " / "}),
     *     commentary cards as {@code KEY text}
     */
    public static String info(Header h) {
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
