package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Winhead;
import java.util.ArrayList;
import java.util.List;

/** Works out the windows of every CCD from the header: the geometry half of parsing. */
final class WindowLayout {

    /**
     * A window the header places or sizes impossibly (under one binned
     * pixel, or beyond any frame). The reference only fails on such a run
     * when it decodes a frame, so the readout keeps this for then.
     */
    static final class Impossible extends FormatException {
        private static final long serialVersionUID = 1L;

        Impossible(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** CCDs 2 and 5 (0-based 1 and 4) are seen mirrored. */
    private static final boolean[] REFLECTED = {false, true, false, false, true};

    private final Header h;
    private final String where;
    private final ReadoutMode mode;
    private final int xbin;
    private final int ybin;
    private final int npscan;
    private final int noscan;
    private final boolean[] rotated;

    WindowLayout(Header h, String where, ReadoutMode mode, int xbin, int ybin, int npscan, int noscan,
            boolean[] rotated) {
        this.h = h;
        this.where = where;
        this.mode = mode;
        this.xbin = xbin;
        this.ybin = ybin;
        this.npscan = npscan;
        this.noscan = noscan;
        this.rotated = rotated.clone();
    }

    /** @return the window sets in frame order */
    List<WindowSet> sets() {
        List<WindowSet> out = new ArrayList<>();
        long offset = 0;
        for (int set = 0; set < mode.windowSets(); set++) {
            List<WindowSet.RawWindow> raw = new ArrayList<>();
            for (int ccd = 0; ccd < 5; ccd++) {
                for (Quadrant stream : Quadrant.values()) {
                    raw.add(rawWindow(set, ccd, stream));
                }
            }
            Winhead g = raw.get(0).geometry();
            out.add(new WindowSet(set, g.nx(), g.ny(), (int) offset, raw));
            offset += 20L * g.nx() * g.ny();
            if (offset > Integer.MAX_VALUE) {
                throw new Impossible(where + ": windows of " + g.nx() + "x" + g.ny()
                        + " binned pixels are larger than any frame can be", null);
            }
        }
        return out;
    }

    private WindowSet.RawWindow rawWindow(int set, int ccd, Quadrant stream) {
        Quadrant q = REFLECTED[ccd] ? stream.reflected() : stream;
        if (rotated[ccd]) {
            q = q.rotated();
        }
        Winhead g = geometry(set, q);
        String label = stream.name() + (set + 1);
        return new WindowSet.RawWindow(g, q, pieces(label, g, q));
    }

    private Winhead geometry(int set, Quadrant q) {
        int half = HcamReadout.NXTOT / 2;
        int halfY = HcamReadout.NYTOT / 2;
        return switch (mode) {
            case FULL_FRAME -> winhead(q.llx, q.lly,
                    (half + (npscan > 0 ? HcamReadout.NPSCAN : 0)) / xbin,
                    (halfY + (noscan > 0 ? HcamReadout.NOSCAN : 0)) / ybin);
            case ONE_WINDOW, TWO_WINDOW -> placed(false, set + 1, q, npscan, noscan);
            case DRIFT -> placed(true, 0, q, 0, 0);
        };
    }

    /** A window given by start and size keywords (of window set {@code set}, or drift mode's), placed in its quadrant. */
    private Winhead placed(boolean drift, int set, Quadrant q, int extraX, int extraY) {
        int nx = h.requireInt((drift ? HcamKey.DRWIN_NX : HcamKey.WIN_NX).item(set), where);
        int ny = h.requireInt((drift ? HcamKey.DRWIN_NY : HcamKey.WIN_NY).item(set), where);
        int xs = h.requireInt((drift ? HcamKey.DRWIN_XS : HcamKey.WIN_XS).item(set, q.name()), where);
        int ys = h.requireInt((drift ? HcamKey.DRWIN_YS : HcamKey.WIN_YS).item(set), where);
        String prefix = drift ? "ESO DET DRWIN " : "ESO DET WIN" + set + " ";
        long llx = q.llx + (long) q.xDirection * xs + (long) q.addXSize * (HcamReadout.NXTOT / 2 - nx);
        long lly = q.lly + (long) q.yDirection * ys + (long) q.addYSize * (HcamReadout.NYTOT / 2 - ny);
        if (nx < 1 || ny < 1 || Math.abs(llx) > 1 << 20 || Math.abs(lly) > 1 << 20) {
            throw new Impossible(where + ": window " + prefix.strip() + " has NX=" + nx + ", NY=" + ny
                    + ", XS" + q.name() + "=" + xs + ", YS=" + ys + "; expected a window inside the CCD", null);
        }
        return winhead((int) llx, (int) lly, nx / xbin + extraX, ny / ybin + extraY);
    }

    private Winhead winhead(int llx, int lly, int nx, int ny) {
        try {
            return new Winhead(llx, lly, nx, ny, xbin, ybin, "");
        } catch (HipercamException e) {
            throw new Impossible(where + ": impossible window: " + e.getMessage(), e);
        }
    }

    /** Image first, then the prescan, then the overscan, as the reference orders them. */
    private List<WindowSet.Piece> pieces(String label, Winhead g, Quadrant q) {
        List<WindowSet.Piece> out = new ArrayList<>();
        int dataNx = g.nx() - npscan;
        int dataX0 = q.prescanLeft() ? npscan : 0;
        int dataNy = g.ny() - noscan;
        int dataY0 = q.overscanTop() ? 0 : noscan;
        out.add(new WindowSet.Piece(label, winhead(g.llx(), g.lly(), dataNx, dataNy), dataX0, dataY0));
        if (npscan > 0) {
            int llx = q.prescanLeft() ? 1 - HcamReadout.NPSCAN : HcamReadout.NXTOT + 1;
            int lly = noscan > 0 && q.overscanTop() ? 1 - HcamReadout.NOSCAN : g.lly();
            out.add(new WindowSet.Piece(label + "P", winhead(llx, lly, npscan, g.ny()),
                    q.prescanLeft() ? 0 : dataNx, 0));
        }
        if (noscan > 0) {
            int lly = q.overscanTop() ? 1 - HcamReadout.NOSCAN : HcamReadout.NYTOT + 1;
            out.add(new WindowSet.Piece(label + "O", winhead(g.llx(), lly, dataNx, noscan),
                    dataX0, q.overscanTop() ? dataNy : 0));
        }
        return out;
    }
}
