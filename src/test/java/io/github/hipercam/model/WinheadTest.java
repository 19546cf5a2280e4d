package io.github.hipercam.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class WinheadTest {

    @Test
    void cornersAndEdgesFollowThePipeline() {
        Winhead w = new Winhead(101, 51, 40, 30, 2, 3, "LL");
        assertEquals(180, w.urx());
        assertEquals(140, w.ury());
        assertEquals(100.5, w.xlo());
        assertEquals(180.5, w.xhi());
        assertEquals(50.5, w.ylo());
        assertEquals(140.5, w.yhi());
        assertEquals(1200, w.npix());
    }

    @Test
    void prescanWindowsMayStartLeftOfThePixelOne() {
        assertEquals(-49, new Winhead(-49, -7, 25, 28, 2, 2, "").llx());
    }

    @Test
    void invalidGeometryCannotBeConstructed() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new Winhead(1, 1, 0, 10, 1, 1, ""));
        assertTrue(e.getMessage().contains("nx=0"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> new Winhead(1, 1, 10, 10, 0, 1, ""));
        assertTrue(e.getMessage().contains("xbin=0"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> new Winhead(1, 1, 10, 10, 1, 1, "XX"));
        assertTrue(e.getMessage().contains("outamp=XX"), e.getMessage());
        assertThrows(InvalidArgumentException.class,
                () -> new Winhead(Integer.MAX_VALUE - 5, 1, 10, 10, 1, 1, ""));
    }

    @Test
    void windowNeedsExactlyNxTimesNyPixels() {
        Winhead g = new Winhead(1, 1, 3, 2, 1, 1, "");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Window.of(g, new float[5], Header.empty()));
        assertTrue(e.getMessage().contains("needs 6 pixels, got 5"), e.getMessage());
    }

    @Test
    void rowZeroIsTheBottomRow() {
        Winhead g = new Winhead(1, 1, 3, 2, 1, 1, "");
        Window w = Window.of(g, new float[] {1, 2, 3, 4, 5, 6}, Header.empty());
        assertEquals(4.0, w.get(0, 1));
        assertEquals(3.0, w.get(2, 0));
        assertEquals(21.0, w.sum());
        assertThrows(InvalidArgumentException.class, () -> w.get(3, 0));
    }
}
