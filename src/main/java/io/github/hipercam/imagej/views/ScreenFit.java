package io.github.hipercam.imagej.views;

import ij.ImagePlus;
import ij.gui.GUI;
import ij.gui.ImageCanvas;
import ij.gui.ImageWindow;
import ij.plugin.Zoom;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

/**
 * Zoom that fits the screen. ImageJ zooms a large image out until its window
 * fits, but shows a small one at 100%, so a mosaic of 32x24 windows would be
 * a few hundred pixels on a large screen. {@link #apply} zooms a shown image
 * in to the largest of ImageJ's zoom levels at which its window still fits,
 * and keeps the window on the screen; {@link #zoom} is that level, also used
 * to size the window names of the overlay before the image is shown.
 */
public final class ScreenFit {

    /** The share of the screen's width an image may fill. */
    static final double FILL_WIDTH = 0.85;
    /** The share of the screen's height (less, for the window's title and sliders). */
    static final double FILL_HEIGHT = 0.7;
    /** The screen assumed where there is none (headless): 1280x1024. */
    private static final Rectangle NO_SCREEN = new Rectangle(0, 0, 1280, 1024);

    private ScreenFit() {
    }

    /**
     * @param width image width
     * @param height image height
     * @return the largest ImageJ zoom level at which the image fits the screen
     */
    public static double zoom(int width, int height) {
        Rectangle s = GraphicsEnvironment.isHeadless() ? NO_SCREEN : GUI.getMaxWindowBounds();
        double fit = Math.min(FILL_WIDTH * s.width / width, FILL_HEIGHT * s.height / height);
        return ImageCanvas.getLowerZoomLevel(fit * 1.0001);
    }

    /**
     * Zooms a shown image in to {@link #zoom} if that is more than ImageJ
     * chose, and moves its window back onto the screen if it now reaches
     * past an edge. An image without a window is left alone.
     *
     * @param imp an image
     */
    public static void apply(ImagePlus imp) {
        ImageWindow win = imp.getWindow();
        if (win == null || win.getCanvas() == null) {
            return;
        }
        double mag = zoom(imp.getWidth(), imp.getHeight());
        if (mag <= win.getCanvas().getMagnification() * 1.0001) {
            return;
        }
        Zoom.set(imp, mag);
        Rectangle s = GUI.getMaxWindowBounds(win);
        Rectangle b = win.getBounds();
        int x = Math.max(s.x, Math.min(b.x, s.x + s.width - b.width));
        int y = Math.max(s.y, Math.min(b.y, s.y + s.height - b.height));
        if (x != b.x || y != b.y) {
            win.setLocation(x, y);
        }
    }
}
