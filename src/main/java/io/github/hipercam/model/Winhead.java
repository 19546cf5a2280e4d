package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import java.util.Set;

/**
 * The geometry of a CCD window.
 *
 * @param llx x of the lower-left unbinned pixel, 1-based (0 or negative for prescans)
 * @param lly y of the lower-left unbinned pixel, 1-based
 * @param nx binned width, at least 1
 * @param ny binned height, at least 1
 * @param xbin binning factor in x, at least 1
 * @param ybin binning factor in y, at least 1
 * @param outamp output amplifier: "", "LL", "LR", "UL" or "UR"
 */
public record Winhead(int llx, int lly, int nx, int ny, int xbin, int ybin, String outamp) {

    /** The output amplifier locations the format allows. */
    public static final Set<String> OUTAMPS = Set.of("", "LL", "LR", "UL", "UR");

    /** Rejects geometry that cannot be. */
    public Winhead {
        if (nx < 1 || ny < 1) {
            throw new InvalidArgumentException(
                    "window size must be at least 1x1 binned pixels, got nx=" + nx + ", ny=" + ny);
        }
        if (xbin < 1 || ybin < 1) {
            throw new InvalidArgumentException(
                    "binning factors must be at least 1, got xbin=" + xbin + ", ybin=" + ybin);
        }
        if (outamp == null || !OUTAMPS.contains(outamp)) {
            throw new InvalidArgumentException(
                    "outamp=" + outamp + " is not one of '', LL, LR, UL, UR");
        }
        if ((long) llx + (long) nx * xbin > Integer.MAX_VALUE
                || (long) lly + (long) ny * ybin > Integer.MAX_VALUE) {
            throw new InvalidArgumentException("window extends beyond integer coordinates");
        }
    }

    /** @return x of the upper-right unbinned pixel */
    public int urx() {
        return llx + nx * xbin - 1;
    }

    /** @return y of the upper-right unbinned pixel */
    public int ury() {
        return lly + ny * ybin - 1;
    }

    /** @return number of binned pixels */
    public int npix() {
        return nx * ny;
    }

    /** @return left edge of the window in unbinned pixel coordinates (centres are integers) */
    public double xlo() {
        return llx - 0.5;
    }

    /** @return bottom edge of the window */
    public double ylo() {
        return lly - 0.5;
    }

    /** @return right edge of the window */
    public double xhi() {
        return urx() + 0.5;
    }

    /** @return top edge of the window */
    public double yhi() {
        return ury() + 0.5;
    }
}
