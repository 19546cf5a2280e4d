package io.github.hipercam.imagej.views;

import io.github.hipercam.model.Winhead;
import ij.measure.Calibration;

/**
 * Where the windows of a CCD go in its picture: the picture's size in binned
 * pixels and, for each window, the column of its first binned column and the
 * row, counted from the bottom, of its bottom binned row. {@link CcdRenderer}
 * draws by it and {@link WindowOverlay} outlines the windows by it.
 *
 * <p>Two layouts: a {@link CcdCanvas}, where every window is at its true
 * place (the whole CCD, or cropped to the windows), and a {@link Mosaic},
 * where the empty space between windows is squeezed out.
 */
public interface Layout {

    /** @return picture width in binned pixels */
    int width();

    /** @return picture height in binned pixels */
    int height();

    /**
     * @param w a window
     * @return the picture column of its first binned column
     */
    int column(Winhead w);

    /**
     * @param w a window
     * @return the picture row, counted from the bottom, of its bottom binned row
     */
    int rowFromBottom(Winhead w);

    /**
     * @param flipped true if image row 0 is the top of the CCD
     * @return a new calibration for pictures of this layout
     */
    Calibration calibration(boolean flipped);
}
