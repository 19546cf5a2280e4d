package io.github.hipercam.hcam;

/**
 * The four quadrants of a HiPERCAM CCD, each read through its own output in
 * a corner: E bottom-left, F bottom-right, G top-right, H top-left. The
 * constants say where a quadrant lies, which way window starts move in it,
 * which axes its readout reverses and on which sides its prescan and
 * overscan lie.
 */
enum Quadrant {
    /** Bottom-left; output bottom-left. */
    E(1, 1, 1, 1, 0, 0),
    /** Bottom-right; output bottom-right. */
    F(HcamReadout.NXTOT / 2 + 1, 1, -1, 1, 1, 0),
    /** Top-right; output top-right. */
    G(HcamReadout.NXTOT / 2 + 1, HcamReadout.NYTOT / 2 + 1, -1, -1, 1, 1),
    /** Top-left; output top-left. */
    H(1, HcamReadout.NYTOT / 2 + 1, 1, -1, 0, 1);

    /** x of the quadrant's lower-left pixel, 1-based, unbinned. */
    final int llx;
    /** y of the quadrant's lower-left pixel. */
    final int lly;
    /** +1 if a larger x start moves a window right, -1 if left. */
    final int xDirection;
    /** +1 if a larger y start moves a window up, -1 if down. */
    final int yDirection;
    /** 1 if the window's own width must be added to reach its left edge. */
    final int addXSize;
    /** 1 if the window's own height must be added to reach its bottom edge. */
    final int addYSize;

    Quadrant(int llx, int lly, int xDirection, int yDirection, int addXSize, int addYSize) {
        this.llx = llx;
        this.lly = lly;
        this.xDirection = xDirection;
        this.yDirection = yDirection;
        this.addXSize = addXSize;
        this.addYSize = addYSize;
    }

    /** @return true if the readout runs right to left, so x must be reversed */
    boolean flipX() {
        return this == F || this == G;
    }

    /** @return true if the readout runs top to bottom, so y must be reversed */
    boolean flipY() {
        return this == G || this == H;
    }

    /** @return true if the prescan columns lie left of the image (outputs on the left) */
    boolean prescanLeft() {
        return this == E || this == H;
    }

    /** @return true if the overscan rows lie above the image (outputs at the bottom) */
    boolean overscanTop() {
        return this == E || this == F;
    }

    /** @return the quadrant seen in a CCD mirrored left to right (E-F, G-H) */
    Quadrant reflected() {
        return switch (this) {
            case E -> F;
            case F -> E;
            case G -> H;
            case H -> G;
        };
    }

    /** @return the quadrant seen in a CCD turned by 180 degrees (E-G, F-H) */
    Quadrant rotated() {
        return switch (this) {
            case E -> G;
            case F -> H;
            case G -> E;
            case H -> F;
        };
    }
}
