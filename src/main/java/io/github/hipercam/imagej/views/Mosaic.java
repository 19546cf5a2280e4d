package io.github.hipercam.imagej.views;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Winhead;
import ij.measure.Calibration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The windows of a CCD side by side, in their true order left to right and
 * bottom to top, with the empty space between them squeezed out: each run of
 * canvas columns that some window covers keeps its width, and the columns
 * between two such runs become a gap of {@link #GAP} pixels (rows likewise),
 * with a margin as wide around them, where the window names go.
 * A HiPERCAM TwoWindow run, whose eight 32x24 windows lie near the corners of
 * a 2148x1040 canvas, becomes a picture of 322x142 pixels that ImageJ
 * can zoom to fill the screen.
 *
 * <p>Pixel positions in a mosaic are not linear in CCD coordinates, so its
 * calibration is plain pixels; the overlay names each window.
 *
 * @param base the canvas the windows were placed on (cropped to them)
 * @param columns runs of base columns kept, as (first base column, first mosaic column) pairs, in order
 * @param rows runs of base rows kept, counted from the bottom, likewise
 * @param width mosaic width
 * @param height mosaic height
 */
public record Mosaic(CcdCanvas base, List<Run> columns, List<Run> rows, int width, int height) implements Layout {

    /** Pixels between two runs of windows. */
    public static final int GAP = 6;

    /**
     * A run of base columns (or rows) that windows cover, and where it goes.
     *
     * @param from first base column
     * @param length number of columns
     * @param to first mosaic column
     */
    public record Run(int from, int length, int to) {
    }

    /** Copies the lists. */
    public Mosaic {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param windows the windows of every CCD shown in the mosaic (one binning)
     * @return their mosaic
     */
    public static Mosaic of(Collection<Winhead> windows) {
        CcdCanvas base = CcdCanvas.around(windows);
        List<int[]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (Winhead w : windows) {
            xs.add(new int[] {base.column(w), w.nx()});
            ys.add(new int[] {base.rowFromBottom(w), w.ny()});
        }
        List<Run> columns = squeeze(xs);
        List<Run> rows = squeeze(ys);
        return new Mosaic(base, columns, rows, end(columns), end(rows));
    }

    /** Merges the intervals (start, length) that overlap or touch and places them GAP apart. */
    private static List<Run> squeeze(List<int[]> intervals) {
        intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Run> out = new ArrayList<>();
        int from = intervals.get(0)[0];
        int end = from + intervals.get(0)[1];
        int to = GAP;
        for (int[] iv : intervals) {
            if (iv[0] > end) {
                out.add(new Run(from, end - from, to));
                to += end - from + GAP;
                from = iv[0];
            }
            end = Math.max(end, iv[0] + iv[1]);
        }
        out.add(new Run(from, end - from, to));
        return out;
    }

    private static int end(List<Run> runs) {
        Run last = runs.get(runs.size() - 1);
        return last.to() + last.length() + GAP;
    }

    private static int map(List<Run> runs, int base) {
        for (Run r : runs) {
            if (base >= r.from() && base < r.from() + r.length()) {
                return r.to() + base - r.from();
            }
        }
        throw new InvalidArgumentException("position " + base + " is in no window of this mosaic");
    }

    @Override
    public int column(Winhead w) {
        return map(columns, base.column(w));
    }

    @Override
    public int rowFromBottom(Winhead w) {
        return map(rows, base.rowFromBottom(w));
    }

    /** @return plain pixels: a mosaic has no single CCD scale and origin */
    @Override
    public Calibration calibration(boolean flipped) {
        return new Calibration();
    }
}
