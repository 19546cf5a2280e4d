package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.ClosedImages;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunStack;
import io.github.hipercam.imagej.views.ScreenFit;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.run.SourceCode;
import ij.IJ;
import ij.ImageListener;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the menu commands share: the list of sources, showing images (and
 * closing a run when the last of its images closes), finding the run of the
 * current image, and telling the user of a fault.
 */
final class Commands {

    /**
     * The run of each image shown, so that a run is closed with its last image.
     * Weak keys: headless, ImageJ closes an image without telling listeners,
     * and such an image must still be free to go (its run with it).
     */
    private static final Map<ImagePlus, OpenRun> SHOWN = new WeakHashMap<>();
    private static boolean listening;

    private Commands() {
    }

    /** @return the source codes a dialog offers: built-ins, then NAME:local / NAME:server of each instrument */
    static String[] sources() {
        return SourceCode.validChoices().toArray(String[]::new);
    }

    /**
     * Shows images: in a window, or, headless, as batch-mode images a macro can use.
     *
     * @param images images of one run
     */
    static void show(List<ImagePlus> images) {
        for (ImagePlus imp : images) {
            track(imp);
            showPlain(imp);
            ScreenFit.apply(imp);
        }
    }

    /**
     * Shows an image that is not a run's (a plot, say).
     *
     * @param imp the image
     */
    static void showPlain(ImagePlus imp) {
        if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode()) {
            WindowManager.setTempCurrentImage(imp);
            if (Interpreter.isBatchMode() || Interpreter.getInstance() != null) {
                Interpreter.addBatchModeImage(imp);
            }
        } else {
            imp.show();
        }
    }

    private static synchronized void track(ImagePlus imp) {
        if (!(imp.getStack() instanceof RunStack stack)) {
            return;
        }
        SHOWN.put(imp, stack.run());
        if (!listening) {
            ImagePlus.addImageListener(new Closer());
            listening = true;
        }
    }

    /** Closes a run when its last image closes. */
    static final class Closer implements ImageListener {
        @Override
        public void imageOpened(ImagePlus imp) {
            // nothing to do
        }

        @Override
        public void imageClosed(ImagePlus imp) {
            if (!ClosedImages.isGone(imp)) {
                return;
            }
            OpenRun done;
            synchronized (Commands.class) {
                done = SHOWN.remove(imp);
                if (done != null && SHOWN.containsValue(done)) {
                    done = null;
                }
            }
            if (done != null) {
                done.close();
            }
        }

        @Override
        public void imageUpdated(ImagePlus imp) {
            // nothing to do
        }
    }

    /**
     * @param title the command, for the message
     * @return the current image, which must show a HiPERCAM run
     */
    static ImagePlus currentRunImage(String title) {
        ImagePlus imp = WindowManager.getCurrentImage();
        if (imp == null || !(imp.getStack() instanceof RunStack)) {
            throw new InvalidArgumentException(title + " needs a HiPERCAM image (from Open Run... or"
                    + " Open .hcm...) as the current image"
                    + (imp == null ? "; there is none" : "; '" + imp.getTitle() + "' is not one"));
        }
        return imp;
    }

    /**
     * @param imp an image of a run
     * @return the frame number of its current slice
     */
    static int currentFrame(ImagePlus imp) {
        RunStack stack = (RunStack) imp.getStack();
        return stack.frameOf(imp.getCurrentSlice());
    }

    /**
     * Tells the user of a fault; in a macro the macro is stopped.
     *
     * @param title the command
     * @param e the fault
     */
    static void fail(String title, HipercamException e) {
        IJ.error(title, e.getMessage());
        if (Interpreter.getInstance() != null) {
            Interpreter.abort();
        }
    }
}
