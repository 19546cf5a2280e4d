package io.github.hipercam.imagej.views;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import java.util.Arrays;
import java.util.Objects;

/**
 * Draws one {@link Ccd} as an ImageJ image: its windows placed at their true
 * positions on a {@link CcdCanvas}, the gaps NaN or 0.
 *
 * <pre>{@code
 * CcdRenderer r = CcdRenderer.of(ccd);                 // canvas from the CCD itself
 * ImagePlus imp = r.toImage("run0012 CCD 2", ccd, 17); // frame 17, labelled and calibrated
 * }</pre>
 *
 * <p>By default the picture is flipped for display: a FITS window's row 0 is
 * its bottom row, ImageJ's row 0 is at the top, so the CCD's top row is drawn
 * first and the calibration inverts y; the sky then looks as it does in the
 * pipeline's plots and the cursor reads the CCD's own y. With
 * {@link Options#flip()} false, image row 0 is the CCD's bottom row (the image
 * looks upside down) and y grows downwards.
 *
 * <p>The renderer holds no pixels and is safe to use from several threads;
 * every call returns a fresh array.
 */
public final class CcdRenderer {

    /**
     * How to draw.
     *
     * @param gapsNaN true to fill gaps between windows with NaN (ImageJ then
     *     leaves them out of statistics), false to fill them with 0
     * @param flip true to draw the CCD's top row first (the sky the right way
     *     up), false for FITS row order
     */
    public record Options(boolean gapsNaN, boolean flip) {

        private static final Options DEFAULTS = new Options(true, true);

        /** @return NaN gaps, flipped for display */
        public static Options defaults() {
            return DEFAULTS;
        }

        /**
         * @param value NaN gaps or zero gaps
         * @return a copy with that setting
         */
        public Options withGapsNaN(boolean value) {
            return new Options(value, flip);
        }

        /**
         * @param value flip for display or not
         * @return a copy with that setting
         */
        public Options withFlip(boolean value) {
            return new Options(gapsNaN, value);
        }
    }

    private final Layout layout;
    private final Options options;

    /**
     * @param layout where windows go: a {@link CcdCanvas} or a {@link Mosaic}
     * @param options how to draw
     */
    public CcdRenderer(Layout layout, Options options) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param ccd a CCD
     * @return a renderer on the CCD's own canvas, with default options
     */
    public static CcdRenderer of(Ccd ccd) {
        return new CcdRenderer(CcdCanvas.of(ccd), Options.defaults());
    }

    /** @return the canvas: the layout itself, or the canvas a mosaic was cut from */
    public CcdCanvas canvas() {
        return layout instanceof Mosaic m ? m.base() : (CcdCanvas) layout;
    }

    /** @return where the windows go in the picture */
    public Layout layout() {
        return layout;
    }

    /** @return the options */
    public Options options() {
        return options;
    }

    /** @return a new calibration for images this renderer draws */
    public Calibration calibration() {
        return layout.calibration(options.flip());
    }

    /**
     * @param ccd the CCD to draw
     * @return a new processor of the canvas size holding the CCD's windows
     */
    public FloatProcessor render(Ccd ccd) {
        return new FloatProcessor(layout.width(), layout.height(), renderPixels(ccd));
    }

    /**
     * @param ccd the CCD to draw
     * @return a new array, {@code width * height}, image row 0 first
     */
    public float[] renderPixels(Ccd ccd) {
        float[] px = new float[layout.width() * layout.height()];
        if (options.gapsNaN()) {
            Arrays.fill(px, Float.NaN);
        }
        for (Window w : ccd.windows().values()) {
            place(w, px);
        }
        return px;
    }

    private void place(Window w, float[] px) {
        Winhead g = w.geometry();
        int col = layout.column(g);
        int row0 = layout.rowFromBottom(g);
        int width = layout.width();
        boolean inside = col >= 0 && col + g.nx() <= width;
        for (int iy = 0; iy < g.ny(); iy++) {
            int row = row0 + iy;
            if (row < 0 || row >= layout.height()) {
                continue;
            }
            int offset = imageRow(row) * width;
            if (inside) {
                w.copyRow(iy, px, offset + col);
            } else {
                copyClipped(w, iy, px, offset, col);
            }
        }
    }

    private void copyClipped(Window w, int iy, float[] px, int offset, int col) {
        int from = Math.max(0, -col);
        int to = Math.min(w.nx(), layout.width() - col);
        for (int ix = from; ix < to; ix++) {
            px[offset + col + ix] = (float) w.get(ix, iy);
        }
    }

    private int imageRow(int rowFromBottom) {
        return options.flip() ? layout.height() - 1 - rowFromBottom : rowFromBottom;
    }

    /**
     * @param g a window's geometry
     * @return where its pixels are in a drawn image: x, y of the top-left
     *     pixel (image row 0 is the first row ImageJ shows), width, height
     */
    public java.awt.Rectangle bounds(Winhead g) {
        int row0 = layout.rowFromBottom(g);
        int top = options.flip() ? layout.height() - row0 - g.ny() : row0;
        return new java.awt.Rectangle(layout.column(g), top, g.nx(), g.ny());
    }

    /**
     * @param imageRow a row of a drawn image (0 = first row ImageJ shows)
     * @return the canvas row counted from the bottom of the CCD
     */
    public int rowFromBottom(int imageRow) {
        return imageRow(imageRow);
    }

    /**
     * One frame of one CCD as a calibrated, labelled single image.
     *
     * @param title window title
     * @param ccd the CCD
     * @param frame its frame number in the run
     * @return the image; its slice label is {@link #label}
     */
    public ImagePlus toImage(String title, Ccd ccd, int frame) {
        ImagePlus imp = new ImagePlus(title, render(ccd));
        imp.setCalibration(calibration());
        String label = label(ccd, frame);
        imp.getStack().setSliceLabel(label, 1);
        imp.setProperty("Label", label);
        return imp;
    }

    /**
     * @param ccd a CCD
     * @param frame its frame number in the run
     * @return the slice label of the picture this renderer draws of it ({@link FrameLabels})
     */
    public String label(Ccd ccd, int frame) {
        return FrameLabels.slice(frame, ccd, FrameLabels.Context.plain(layout.width(), layout.height()));
    }
}
