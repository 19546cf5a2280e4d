package io.github.hipercam.hcam;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where each word of a {@link WindowSet} goes, worked out once per run: the
 * set's readout rows and columns are cut into rectangular cells so that,
 * within a cell, every raw window's words land in one piece (image, prescan or
 * overscan), at an index that moves by a fixed step per column and per row.
 * {@link Demux} then writes each piece's pixels straight from the frame's
 * bytes, four quadrants of a CCD per loop, with no whole raw window decoded
 * first and nothing copied out of it.
 *
 * <p>Coordinates here are readout coordinates: column x and row y counted
 * from the output corner in the order the words come, before the quadrant's
 * flips. Pixel (rx, ry) of the raw window turned the right way up is
 * {@code rx = flipX ? nx-1-x : x}, {@code ry = flipY ? ny-1-y : y}.
 */
final class QuadPlan {

    /**
     * One rectangle of readout positions, the same piece for each window throughout.
     *
     * @param x0 first readout column
     * @param x1 column past the last
     * @param y0 first readout row
     * @param y1 row past the last
     * @param piece for each of the 20 windows, its piece index
     * @param start for each window, the piece index of readout position (x0, y0)
     * @param rowStep for each window, how the index moves from a row to the next
     * @param colStep for each window, how the index moves from a column to the next (+1 or -1)
     */
    record Cell(int x0, int x1, int y0, int y1, int[] piece, int[] start, int[] rowStep, int[] colStep) {
    }

    private final WindowSet set;
    private final List<Cell> cells;

    private QuadPlan(WindowSet set, List<Cell> cells) {
        this.set = set;
        this.cells = List.copyOf(cells);
    }

    /**
     * @param set a window set
     * @return its plan
     * @throws IllegalStateException if the pieces of a raw window do not cover it exactly once
     */
    static QuadPlan of(WindowSet set) {
        int[] xs = cuts(set, true);
        int[] ys = cuts(set, false);
        List<Cell> cells = new ArrayList<>();
        for (int j = 0; j + 1 < ys.length; j++) {
            for (int i = 0; i + 1 < xs.length; i++) {
                cells.add(cell(set, xs[i], xs[i + 1], ys[j], ys[j + 1]));
            }
        }
        return new QuadPlan(set, cells);
    }

    /** @return the set planned */
    WindowSet set() {
        return set;
    }

    /** @return the cells, row bands bottom (first read) first */
    List<Cell> cells() {
        return cells;
    }

    /** @return fresh 16-bit counts for every piece of every window, [window][piece], two bytes a pixel */
    byte[][][] allocate() {
        byte[][][] out = new byte[20][][];
        for (int w = 0; w < 20; w++) {
            List<WindowSet.Piece> pieces = set.raw().get(w).pieces();
            out[w] = new byte[pieces.size()][];
            for (int k = 0; k < pieces.size(); k++) {
                out[w][k] = new byte[2 * pieces.get(k).geometry().nx() * pieces.get(k).geometry().ny()];
            }
        }
        return out;
    }

    /** Every readout column (or row) where some piece of some window begins or ends, with 0 and the size. */
    private static int[] cuts(WindowSet set, boolean columns) {
        int size = columns ? set.nx() : set.ny();
        TreeSet<Integer> at = new TreeSet<>(List.of(0, size));
        for (WindowSet.RawWindow raw : set.raw()) {
            for (WindowSet.Piece p : raw.pieces()) {
                int from = readoutFrom(raw, p, columns, size);
                at.add(from);
                at.add(from + (columns ? p.geometry().nx() : p.geometry().ny()));
            }
        }
        return at.stream().filter(v -> v >= 0 && v <= size).mapToInt(Integer::intValue).toArray();
    }

    /** The first readout column (or row) of a piece. */
    private static int readoutFrom(WindowSet.RawWindow raw, WindowSet.Piece p, boolean columns, int size) {
        boolean flip = columns ? raw.quadrant().flipX() : raw.quadrant().flipY();
        int from = columns ? p.x0() : p.y0();
        int n = columns ? p.geometry().nx() : p.geometry().ny();
        return flip ? size - from - n : from;
    }

    private static Cell cell(WindowSet set, int x0, int x1, int y0, int y1) {
        int[] piece = new int[20];
        int[] start = new int[20];
        int[] rowStep = new int[20];
        int[] colStep = new int[20];
        for (int w = 0; w < 20; w++) {
            WindowSet.RawWindow raw = set.raw().get(w);
            int rx = raw.quadrant().flipX() ? set.nx() - 1 - x0 : x0;
            int ry = raw.quadrant().flipY() ? set.ny() - 1 - y0 : y0;
            piece[w] = pieceAt(raw, rx, ry);
            WindowSet.Piece p = raw.pieces().get(piece[w]);
            int pnx = p.geometry().nx();
            start[w] = (ry - p.y0()) * pnx + rx - p.x0();
            rowStep[w] = raw.quadrant().flipY() ? -pnx : pnx;
            colStep[w] = raw.quadrant().flipX() ? -1 : 1;
        }
        return new Cell(x0, x1, y0, y1, piece, start, rowStep, colStep);
    }

    /** The one piece holding raw pixel (rx, ry). */
    private static int pieceAt(WindowSet.RawWindow raw, int rx, int ry) {
        int found = -1;
        for (int k = 0; k < raw.pieces().size(); k++) {
            WindowSet.Piece p = raw.pieces().get(k);
            if (rx >= p.x0() && rx < p.x0() + p.geometry().nx() && ry >= p.y0() && ry < p.y0() + p.geometry().ny()) {
                if (found >= 0) {
                    throw new IllegalStateException("pieces of " + raw.geometry() + " overlap at " + rx + ", " + ry);
                }
                found = k;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("no piece of " + raw.geometry() + " holds " + rx + ", " + ry);
        }
        return found;
    }
}
