package io.github.hipercam.ucam;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Winhead;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each output window's pixels lie in a frame, worked out once from a
 * {@link UcamReadout}. Every output window is one or two blocks of columns,
 * each block a regular walk through the frame's 16-bit words: a start, a step
 * from row to row and a step from column to column (negative for a flipped
 * window). This one description covers the 6-way ULTRACAM interleave with
 * its flipped right windows and the outer-pixel strip of runs without a
 * version, the overscan modes cut into 6 windows per CCD, and ULTRASPEC's
 * normal and avalanche outputs with the chop of the first 16 columns.
 *
 * @param ccds for each CCD in order, its output windows in order
 */
record UcamLayout(List<List<Cut>> ccds) {

    /**
     * A regular block of columns.
     *
     * @param start index, in 16-bit words from the first pixel word, of the
     *     block's bottom-left output pixel
     * @param rowStep words from one row to the next
     * @param colStep words from one column to the next (negative when flipped)
     * @param ncols columns in the block
     */
    record Block(int start, int rowStep, int colStep, int ncols) {
    }

    /**
     * One output window.
     *
     * @param geometry its geometry
     * @param blocks the column blocks, side by side from the left
     */
    record Cut(Winhead geometry, List<Block> blocks) {
        Cut {
            blocks = List.copyOf(blocks);
        }
    }

    UcamLayout {
        ccds = ccds.stream().map(List::copyOf).toList();
    }

    /**
     * @param r the readout
     * @return the layout
     * @throws FormatException if the windows leave nothing to show (e.g. an
     *     ULTRASPEC window wholly inside the chopped columns) or an ULTRASPEC
     *     run does not say its output
     */
    static UcamLayout of(UcamReadout r) {
        List<List<Cut>> out = new ArrayList<>();
        if (r.camera() == UcamCamera.ULTRASPEC) {
            out.add(ultraspec(r));
        } else {
            for (int c = 0; c < 3; c++) {
                out.add(r.mode().overscan() ? overscan(r, c) : pairs(r, c));
            }
        }
        UcamLayout layout = new UcamLayout(out);
        layout.checkInside(r, (r.framesize() - r.timingBytes()) / 2);
        return layout;
    }

    /** Makes sure that every block lies within the frame's pixel words. */
    private void checkInside(UcamReadout r, int words) {
        for (List<Cut> ccd : ccds) {
            for (Cut c : ccd) {
                for (Block b : c.blocks()) {
                    long across = (long) b.colStep() * (b.ncols() - 1);
                    long up = (long) b.rowStep() * (c.geometry().ny() - 1);
                    long lo = b.start() + Math.min(0, across) + Math.min(0, up);
                    long hi = b.start() + Math.max(0, across) + Math.max(0, up);
                    if (b.ncols() > 0 && (lo < 0 || hi >= words)) {
                        throw new FormatException(r.run() + ": window at llx=" + c.geometry().llx()
                                + ", lly=" + c.geometry().lly() + " needs pixel words " + lo + " to " + hi
                                + " but a frame holds " + words);
                    }
                }
            }
        }
    }

    /** Windowed and full-frame ULTRACAM: lane 2c (left) and 2c+1 (right, flipped) of 6. */
    private static List<Cut> pairs(UcamReadout r, int ccd) {
        int strip = r.version() == -1 ? 1 : 0;
        List<Cut> cuts = new ArrayList<>();
        int off = 0;
        List<Winhead> w = r.windows();
        for (int i = 0; i < w.size(); i += 2) {
            Winhead wl = w.get(i);
            Winhead wr = w.get(i + 1);
            int nx = wl.nx();
            int ncols = nx - strip;
            Winhead gl = geometry(r, wl.llx(), wl.lly(), ncols, wl.ny(), wl.outamp());
            Winhead gr = geometry(r, wr.llx() + strip * wr.xbin(), wr.lly(), ncols, wr.ny(), wr.outamp());
            int left = off + 2 * ccd + 6 * strip;
            int right = off + 2 * ccd + 1 + 6 * (nx - 1);
            cuts.add(new Cut(gl, List.of(new Block(left, 6 * nx, 6, ncols))));
            cuts.add(new Cut(gr, List.of(new Block(right, 6 * nx, -6, ncols))));
            off += 6 * nx * wl.ny();
        }
        return cuts;
    }

    /**
     * Overscan modes: the camera reads two 540 x 1032 windows (binned); they
     * are cut into the data windows, the side overscans and the top overscans.
     */
    private static List<Cut> overscan(UcamReadout r, int ccd) {
        int xbin = r.xbin();
        int nxb = 540 / xbin;
        int row = 6 * nxb;
        int left = 2 * ccd;
        int right = 2 * ccd + 1 + 6 * (nxb - 1);
        int yTop = 1024 / r.ybin();
        int l24 = 24 / xbin;
        int r4 = 4 / xbin;
        if (r4 == 0) {
            // the reference slices the 4-column strips as [-0:], i.e. whole rows, and fails
            throw new FormatException(r.run() + ": overscan mode " + r.mode().label() + " binned " + xbin
                    + " in x leaves nothing of the 4-column overscan strips (4 / " + xbin + " = 0);"
                    + " the reference pipeline cannot read such runs either (expected x binning <= 4)");
        }
        List<Winhead> w = r.windows();
        List<Cut> cuts = new ArrayList<>();
        cuts.add(new Cut(w.get(0), List.of(new Block(left + 6 * l24, row, 6, w.get(0).nx()))));
        cuts.add(new Cut(w.get(1), List.of(new Block(right - 6 * r4, row, -6, w.get(1).nx()))));
        cuts.add(new Cut(w.get(2), List.of(new Block(left, row, 6, l24),
                new Block(left + 6 * (nxb - r4), row, 6, r4))));
        cuts.add(new Cut(w.get(3), List.of(new Block(right, row, -6, r4),
                new Block(right - 6 * (nxb - l24), row, -6, l24))));
        cuts.add(new Cut(w.get(4), List.of(new Block(left + row * yTop + 6 * l24, row, 6, w.get(4).nx()))));
        cuts.add(new Cut(w.get(5), List.of(new Block(right + row * yTop - 6 * r4, row, -6, w.get(5).nx()))));
        for (Cut c : cuts) {
            int cols = c.blocks().stream().mapToInt(Block::ncols).sum();
            if (cols != c.geometry().nx()) {
                throw new FormatException(r.run() + ": overscan windows cannot be cut for binning "
                        + xbin + " x " + r.ybin());
            }
        }
        return cuts;
    }

    private static List<Cut> ultraspec(UcamReadout r) {
        if (r.output().isEmpty()) {
            throw new FormatException(r.run() + ": ULTRASPEC parameter OUTPUT is missing, so the"
                    + " pixels cannot be oriented (expected 0 = normal or 1 = avalanche)");
        }
        boolean normal = "N".equals(r.output());
        String outamp = normal ? "LL" : "LR";
        List<Winhead> w = r.windows();
        List<Cut> cuts = new ArrayList<>();
        if (r.mode() == UcamMode.UDRIFT) {
            int width = w.get(0).nx() + w.get(1).nx();
            int[] colOffset = {0, w.get(0).nx()};
            for (int i = 0; i < 2; i++) {
                cuts.add(uspecCut(r, w.get(i), normal, outamp, width, colOffset[i], 0));
            }
            return cuts;
        }
        int off = 0;
        for (Winhead win : w) {
            cuts.add(uspecCut(r, win, normal, outamp, win.nx(), 0, off));
            off += win.nx() * win.ny();
        }
        return cuts;
    }

    /**
     * One ULTRASPEC window: columns left of x = 17 are chopped (in whole
     * binned pixels); the avalanche output reads the other way, so its
     * windows are flipped and placed by {@code 1074 - llx - nx * xbin}.
     *
     * @param width row length in words (UDRIFT: both windows side by side)
     * @param col the window's first column within a row (UDRIFT right window: the left's width)
     * @param off the window's first word
     */
    private static Cut uspecCut(UcamReadout r, Winhead w, boolean normal, String outamp, int width,
            int col, int off) {
        int xbin = r.xbin();
        int nchop = Math.max(0, 17 - w.llx());
        nchop = (nchop + xbin - 1) / xbin;
        int ncols = w.nx() - nchop;
        int llx = normal ? Math.max(1, w.llx() + nchop * xbin - 16) : Math.max(1, 1074 - w.llx() - w.nx() * xbin);
        Winhead g = geometry(r, llx, w.lly(), ncols, w.ny(), outamp);
        Block b = normal ? new Block(off + col + nchop, width, 1, ncols)
                : new Block(off + width - 1 - col - nchop, width, -1, ncols);
        return new Cut(g, List.of(b));
    }

    private static Winhead geometry(UcamReadout r, int llx, int lly, int nx, int ny, String outamp) {
        try {
            return new Winhead(llx, lly, nx, ny, r.xbin(), r.ybin(), outamp);
        } catch (HipercamException e) {
            throw new FormatException(r.run() + ": window at llx=" + llx + ", lly=" + lly
                    + " has no pixels left after stripping or chopping edge columns (nx=" + nx + ")", e);
        }
    }
}
