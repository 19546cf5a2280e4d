package io.github.hipercam.imagej.views;

import ij.ImageListener;
import ij.ImagePlus;

/**
 * Tells a real close from a replaced window in an
 * {@link ImageListener#imageClosed} notice.
 *
 * <p>ImageJ 1.x sends {@code imageClosed} also for an image that stays open:
 * when a stack gains a slider ({@code ImagePlus.setStack} with a new
 * dimension, e.g. a live stack growing from 1 to 2 time points), ImageJ builds
 * a new {@code StackWindow} for the same image, and the {@code ImageWindow}
 * constructor closes the old window, whose {@code close()} flushes the image
 * and so notifies the listeners. The image is locked at that moment, so the
 * flush keeps its pixels, and the new window is already shown. Listeners are
 * told later on the event dispatch thread, by which time a really closed
 * image has no window (its flush cleared it) and a disposed window is not
 * visible. A run closed on such a notice would leave its image showing NaN.
 */
public final class ClosedImages {

    private ClosedImages() {
    }

    /**
     * @param imp the image of an {@code imageClosed} notice
     * @return true if it is gone, false if it is still shown (ImageJ only replaced its window)
     */
    public static boolean isGone(ImagePlus imp) {
        return !imp.isVisible();
    }
}
