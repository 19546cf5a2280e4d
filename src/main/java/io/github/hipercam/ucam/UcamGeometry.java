package io.github.hipercam.ucam;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Winhead;
import java.util.ArrayList;
import java.util.List;

/**
 * The readout windows an ULTRACAM or ULTRASPEC XML describes, and the number
 * of bytes of pixels they make per frame, worked out as the reference's
 * {@code Rhead} does.
 *
 * <p>ULTRACAM windows come in left/right pairs and are the same for all
 * three CCDs, so each pair costs {@code 12 * nx * ny} bytes (3 CCDs, 2
 * windows, 2 bytes). The full-frame-with-overscan modes are described as
 * three pairs (data, side overscans placed to the right, top overscans)
 * although the camera reads them as one pair of 540 x 1032 windows. Their
 * bytes are those of that pair, binned: {@code 12 * (540 / xbin) * (1032 / ybin)},
 * the framesize the camera writes. (The reference counts the three pairs
 * unbinned, and so refuses every binned overscan run with a framesize clash;
 * here they are read. Binning beyond 4 in x leaves nothing of the 4-column
 * overscan strips and is refused, as the reference cannot cut them either.)
 *
 * @param windows the windows in XML order (ULTRACAM: left, right, left, ...)
 * @param pixelBytes bytes of pixels per frame
 */
record UcamGeometry(List<Winhead> windows, long pixelBytes) {

    UcamGeometry {
        windows = List.copyOf(windows);
    }

    /**
     * @param xml the run's XML
     * @param camera the camera
     * @param mode the readout mode (not PONOFF)
     * @param xbin x binning
     * @param ybin y binning
     * @return the windows and their bytes
     */
    static UcamGeometry of(UcamXml xml, UcamCamera camera, UcamMode mode, int xbin, int ybin) {
        if (xbin < 1 || ybin < 1) {
            throw new FormatException(xml.where() + ": binning factors " + xbin + " x " + ybin
                    + " must be at least 1");
        }
        if (camera == UcamCamera.ULTRASPEC) {
            return ultraspec(xml, mode, xbin, ybin);
        }
        if (mode == UcamMode.FFCLR || mode == UcamMode.FFNCLR) {
            return fullFrame(xml, xbin, ybin);
        }
        return mode.overscan() ? overscan(xml, xbin, ybin) : pairs(xml, mode, xbin, ybin);
    }

    private static UcamGeometry fullFrame(UcamXml xml, int xbin, int ybin) {
        List<Winhead> w = new ArrayList<>();
        w.add(win(xml, 1, 1, 1, 512 / xbin, 1024 / ybin, xbin, ybin, "LL"));
        w.add(win(xml, 2, 513, 1, 512 / xbin, 1024 / ybin, xbin, ybin, "LR"));
        return new UcamGeometry(w, 12L * (512 / xbin) * (1024 / ybin));
    }

    private static UcamGeometry overscan(UcamXml xml, int xbin, int ybin) {
        if (4 / xbin == 0) {
            throw new FormatException(xml.where() + ": overscan mode binned " + xbin + " in x leaves nothing of the"
                    + " 4-column overscan strips (4 / " + xbin + " = 0); expected x binning of 4 or less");
        }
        int[][] pairs = {{1, 513, 1, 512, 1024}, {1025, 1053, 1, 28, 1032}, {1, 513, 1025, 512, 8}};
        List<Winhead> w = new ArrayList<>();
        for (int[] p : pairs) {
            int nx = p[3] / xbin;
            int ny = p[4] / ybin;
            w.add(win(xml, w.size() + 1, p[0], p[2], nx, ny, xbin, ybin, "LL"));
            w.add(win(xml, w.size() + 1, p[1], p[2], nx, ny, xbin, ybin, "LR"));
        }
        return new UcamGeometry(w, 12L * (540 / xbin) * (1032 / ybin));
    }

    private static UcamGeometry pairs(UcamXml xml, UcamMode mode, int xbin, int ybin) {
        List<Winhead> w = new ArrayList<>();
        long bytes = 0;
        for (int i = 1; i <= mode.sets(); i++) {
            int ystart = xml.param("Y" + i + "_START");
            int xleft = xml.param("X" + i + "L_START");
            int xright = xml.param("X" + i + "R_START");
            int nx = Math.floorDiv(xml.param("X" + i + "_SIZE"), xbin);
            int ny = Math.floorDiv(xml.param("Y" + i + "_SIZE"), ybin);
            w.add(win(xml, w.size() + 1, xleft, ystart, nx, ny, xbin, ybin, "LL"));
            w.add(win(xml, w.size() + 1, xright, ystart, nx, ny, xbin, ybin, "LR"));
            bytes += 12L * nx * ny;
        }
        return new UcamGeometry(w, bytes);
    }

    private static UcamGeometry ultraspec(UcamXml xml, UcamMode mode, int xbin, int ybin) {
        String output = UcamReadout.output(xml);
        String outamp = "N".equals(output) ? "LL" : "A".equals(output) ? "LR" : "";
        List<Winhead> w = new ArrayList<>();
        long bytes = 0;
        for (int i = 1; i <= mode.sets(); i++) {
            boolean driftRight = mode == UcamMode.UDRIFT && i == 2;
            int xstart = xml.param("X" + i + "_START");
            int ystart = driftRight ? w.get(0).lly() : xml.param("Y" + i + "_START");
            int nx = xml.param("X" + i + "_SIZE");
            int ny = driftRight ? w.get(0).ny() : xml.param("Y" + i + "_SIZE");
            w.add(win(xml, i, xstart, ystart, nx, ny, xbin, ybin, outamp));
            bytes += 2L * nx * ny;
        }
        return new UcamGeometry(w, bytes);
    }

    private static Winhead win(UcamXml xml, int n, int llx, int lly, int nx, int ny, int xbin, int ybin,
            String outamp) {
        try {
            return new Winhead(llx, lly, nx, ny, xbin, ybin, outamp);
        } catch (HipercamException e) {
            throw new FormatException(xml.where() + ": window " + n + " (llx=" + llx + ", lly=" + lly
                    + ", nx=" + nx + ", ny=" + ny + "): " + e.getMessage(), e);
        }
    }
}
