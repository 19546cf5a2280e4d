package io.github.hipercam.imagej.views;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Winhead;
import ij.measure.Calibration;
import java.util.Collection;

/**
 * Where the windows of one CCD go in its picture, and how ImageJ's cursor is
 * made to read CCD coordinates.
 *
 * <p>The canvas covers unbinned x from {@code 1 - nxpad} to
 * {@code nxtot + nxpad} and likewise in y, in binned pixels, so prescan and
 * overscan windows show beside the imaging area. Column 0 starts at unbinned x
 * {@link #x0()} and row 0 (counted from the bottom) at unbinned y
 * {@link #y0()}; both are moved down by less than one binned pixel where
 * needed so that binned windows fall on whole canvas pixels, and the canvas
 * grows to hold any window that lies outside the padded area.
 *
 * <p>The {@linkplain #calibration(boolean) calibration} makes ImageJ's cursor
 * read unbinned CCD coordinates, with (1,1) at the centre of the lower-left
 * imaging pixel, and a binned pixel read at its centre, as in the pipeline.
 * ImageJ's measurements (centroids, ROI bounds) treat a pixel's centre as
 * half a pixel beyond the cursor's reading, so they read {@code bin/2}
 * unbinned pixels more than the pipeline would.
 *
 * @param x0 unbinned x of the first unbinned column of canvas column 0
 * @param y0 unbinned y of the first unbinned row of canvas row 0 (bottom)
 * @param xbin binning in x
 * @param ybin binning in y
 * @param width canvas width in binned pixels
 * @param height canvas height in binned pixels
 */
public record CcdCanvas(int x0, int y0, int xbin, int ybin, int width, int height) implements Layout {

    /** The largest canvas made, in pixels (1 GB of float32). */
    public static final long MAX_PIXELS = 1L << 28;

    /** The unit shown by ImageJ; not "pixel", so that ImageJ applies the calibration. */
    public static final String UNIT = "ccd pixel";

    /** Validates the values. */
    public CcdCanvas {
        if (xbin < 1 || ybin < 1 || width < 1 || height < 1) {
            throw new InvalidArgumentException("canvas needs positive binning and size, got xbin=" + xbin
                    + ", ybin=" + ybin + ", width=" + width + ", height=" + height);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new InvalidArgumentException("canvas of " + width + "x" + height
                    + " pixels is larger than the limit of " + MAX_PIXELS + " pixels");
        }
    }

    /**
     * The canvas of a CCD as it stands: its own {@code nxtot}, {@code nytot},
     * padding, binning and windows.
     *
     * @param ccd the CCD
     * @return its canvas
     */
    public static CcdCanvas of(Ccd ccd) {
        return of(ccd.nxtot(), ccd.nytot(), ccd.nxpad(), ccd.nypad(), windows(ccd));
    }

    /**
     * The canvas of a CCD of a run: sizes and padding from
     * {@code get_ccd_pars}, binning and windows from a sample frame.
     *
     * @param pars the CCD's entry of get_ccd_pars
     * @param sample the same CCD of one frame of the run
     * @return the canvas
     */
    public static CcdCanvas of(CcdPars pars, Ccd sample) {
        return of(pars.nxmax(), pars.nymax(), pars.nxpad(), pars.nypad(), windows(sample));
    }

    /**
     * @param nxtot unbinned width of the imaging area
     * @param nytot unbinned height of the imaging area
     * @param nxpad padding in x (unbinned)
     * @param nypad padding in y (unbinned)
     * @param windows the windows to place; all must share one binning
     * @return the canvas
     */
    public static CcdCanvas of(int nxtot, int nytot, int nxpad, int nypad, Collection<Winhead> windows) {
        int xbin = 1;
        int ybin = 1;
        Winhead first = windows.isEmpty() ? null : windows.iterator().next();
        if (first != null) {
            xbin = first.xbin();
            ybin = first.ybin();
        }
        long xlo = 1L - nxpad;
        long xhi = (long) nxtot + nxpad;
        long ylo = 1L - nypad;
        long yhi = (long) nytot + nypad;
        for (Winhead w : windows) {
            if (w.xbin() != xbin || w.ybin() != ybin) {
                throw new FormatException("windows of one CCD have different binning: " + xbin + "x" + ybin
                        + " and " + w.xbin() + "x" + w.ybin() + "; one canvas cannot show both");
            }
            xlo = Math.min(xlo, w.llx());
            xhi = Math.max(xhi, w.urx());
            ylo = Math.min(ylo, w.lly());
            yhi = Math.max(yhi, w.ury());
        }
        long x0 = first == null ? xlo : xlo - Math.floorMod(xlo - first.llx(), xbin);
        long y0 = first == null ? ylo : ylo - Math.floorMod(ylo - first.lly(), ybin);
        return new CcdCanvas(toInt(x0), toInt(y0), xbin, ybin, span(x0, xhi, xbin), span(y0, yhi, ybin));
    }

    /**
     * The smallest canvas that holds the given windows: the picture cropped
     * to the bounding box of the windows, which keep their true places.
     *
     * @param windows the windows; all must share one binning
     * @return the canvas around them
     * @throws InvalidArgumentException if there are none
     * @throws FormatException if their binnings differ
     */
    public static CcdCanvas around(Collection<Winhead> windows) {
        if (windows.isEmpty()) {
            throw new InvalidArgumentException("a canvas around the windows needs at least one window");
        }
        Winhead first = windows.iterator().next();
        // padding and size chosen so that the starting extent is the first window's own
        return of(first.urx() + first.llx() - 1, first.ury() + first.lly() - 1, 1 - first.llx(), 1 - first.lly(),
                windows);
    }

    /**
     * @param ccd a CCD
     * @return the geometry of its windows, in order
     */
    static java.util.List<Winhead> windows(Ccd ccd) {
        return ccd.windows().values().stream().map(w -> w.geometry()).toList();
    }

    private static int span(long lo, long hi, int bin) {
        long n = Math.max(1, (hi - lo + bin) / bin);
        return toInt(n);
    }

    private static int toInt(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new InvalidArgumentException("canvas coordinate " + v + " is out of range");
        }
        return (int) v;
    }

    /**
     * @param w a window
     * @return the canvas column of its first binned column (may lie outside
     *     the canvas for a window of another geometry)
     */
    @Override
    public int column(Winhead w) {
        return Math.floorDiv(w.llx() - x0, xbin);
    }

    /**
     * @param w a window
     * @return the canvas row, counted from the bottom, of its bottom binned row
     */
    @Override
    public int rowFromBottom(Winhead w) {
        return Math.floorDiv(w.lly() - y0, ybin);
    }

    /**
     * @param column canvas column
     * @return unbinned x of the centre of that column, as the pipeline counts it
     */
    public double ccdX(double column) {
        return x0 - 0.5 + (column + 0.5) * xbin;
    }

    /**
     * @param rowFromBottom canvas row counted from the bottom
     * @return unbinned y of the centre of that row
     */
    public double ccdY(double rowFromBottom) {
        return y0 - 0.5 + (rowFromBottom + 0.5) * ybin;
    }

    /**
     * The calibration under which ImageJ's cursor, at the pixel with index
     * (i, j), reads the unbinned CCD coordinates of that pixel's centre.
     *
     * @param flipped true if the image rows run from the top of the CCD down
     *     (as {@link CcdRenderer} draws them by default); false if image row 0
     *     is the CCD's bottom row (FITS order)
     * @return a new calibration: pixel size = binning, origin, unit
     *     {@value #UNIT}, y inverted when flipped
     */
    @Override
    public Calibration calibration(boolean flipped) {
        Calibration cal = new Calibration();
        cal.setUnit(UNIT);
        cal.pixelWidth = xbin;
        cal.pixelHeight = ybin;
        cal.xOrigin = -(x0 - 0.5 + 0.5 * xbin) / xbin;
        if (flipped) {
            // ImageJ then reads y as (yOrigin - row) * pixelHeight
            cal.yOrigin = (y0 - 0.5) / ybin + height - 0.5;
            cal.setInvertY(true);
        } else {
            cal.yOrigin = -(y0 - 0.5 + 0.5 * ybin) / ybin;
        }
        return cal;
    }
}
