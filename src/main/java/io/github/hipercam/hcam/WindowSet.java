package io.github.hipercam.hcam;

import io.github.hipercam.model.Winhead;
import java.util.List;

/**
 * One set of windows of a frame: window 1 (or 2) of every quadrant of every
 * CCD. All 20 have the same binned size and are read out together, their
 * pixels interleaved; the set occupies {@code 20 * nx * ny} consecutive
 * 16-bit words of the frame starting at {@code wordOffset}.
 *
 * @param index 0 for window 1, 1 for window 2
 * @param nx binned width of each raw window, scans included
 * @param ny binned height, scans included
 * @param wordOffset first 16-bit word of the set within the frame
 * @param raw the 20 raw windows, CCD-major then quadrant in E, F, G, H stream order
 */
public record WindowSet(int index, int nx, int ny, int wordOffset, List<RawWindow> raw) {

    /** Copies the list. */
    public WindowSet {
        raw = List.copyOf(raw);
    }

    /** @return number of 16-bit words the set occupies */
    public int words() {
        return 20 * nx * ny;
    }

    /**
     * @param ccd 0..4
     * @param quad 0..3, in stream order
     * @return the raw window
     */
    public RawWindow at(int ccd, int quad) {
        return raw.get(4 * ccd + quad);
    }

    /**
     * A block of pixels as read out through one output: image plus any
     * prescan columns and overscan rows, which {@link #pieces} cut apart.
     *
     * @param geometry position and size of the whole block
     * @param quadrant the quadrant it really lies in (after reflection and rotation),
     *     which decides the flips and where the scans are
     * @param pieces the windows cut from the block once it is turned the right way up
     */
    public record RawWindow(Winhead geometry, Quadrant quadrant, List<Piece> pieces) {
        /** Copies the list. */
        public RawWindow {
            pieces = List.copyOf(pieces);
        }
    }

    /**
     * One output window cut from a raw window: image, prescan or overscan.
     *
     * @param label window label, e.g. {@code E1}, {@code E1P}, {@code E1O}
     * @param geometry its geometry in the CCD
     * @param x0 first binned column within the raw window
     * @param y0 first binned row within the raw window
     */
    public record Piece(String label, Winhead geometry, int x0, int y0) {
    }
}
