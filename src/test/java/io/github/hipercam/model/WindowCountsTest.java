package io.github.hipercam.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** A window of 16-bit counts reads exactly as the same values held as float32. */
class WindowCountsTest {

    private static final Winhead GEOMETRY = new Winhead(11, 21, 3, 2, 1, 1, "LL");

    private static byte[] counts(int... values) {
        byte[] b = new byte[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            b[2 * i] = (byte) values[i];
            b[2 * i + 1] = (byte) (values[i] >> 8);
        }
        return b;
    }

    @Test
    void everyAccessorGivesTheFloat32Values() {
        int[] v = {0, 1, 255, 256, 32768, 65535};
        float[] f = {0f, 1f, 255f, 256f, 32768f, 65535f};
        Window u = Window.adoptCounts(GEOMETRY, counts(v), Header.empty());
        Window w = Window.of(GEOMETRY, f, Header.empty());
        assertArrayEquals(f, u.toFloats());
        assertArrayEquals(w.toDoubles(), u.toDoubles());
        assertEquals(65535.0, u.get(2, 1));
        assertEquals(256.0, u.get(0, 1));
        assertEquals(w.sum(), u.sum());
        assertEquals(98815.0, u.sum());
        float[] row = new float[5];
        u.copyRow(1, row, 1);
        assertArrayEquals(new float[] {0f, 256f, 32768f, 65535f, 0f}, row);
        assertTrue(u.samePixels(w));
        assertTrue(w.samePixels(u.withHeader(Header.empty())));
        assertFalse(u.isFloat64());
        assertEquals(12, u.pixelBytes());
        assertEquals(24, w.pixelBytes());
        assertTrue(u.toString().endsWith("uint16"), u.toString());
    }

    @Test
    void rowsHeldRightToLeftReadTurnedRound() {
        Window held = Window.adoptCounts(GEOMETRY, counts(3, 2, 1, 60000, 5, 4), true, Header.empty());
        Window plain = Window.of(GEOMETRY, new float[] {1, 2, 3, 4, 5, 60000}, Header.empty());
        assertArrayEquals(plain.toFloats(), held.toFloats());
        assertArrayEquals(plain.toDoubles(), held.toDoubles());
        assertEquals(60000.0, held.get(2, 1));
        assertEquals(1.0, held.get(0, 0));
        assertEquals(plain.sum(), held.sum());
        float[] row = new float[3];
        held.copyRow(1, row, 0);
        assertArrayEquals(new float[] {4, 5, 60000}, row);
        assertTrue(held.samePixels(plain));
    }

    @Test
    void countsOfTheWrongSizeAreRefused() {
        assertThrows(InvalidArgumentException.class, () -> Window.adoptCounts(GEOMETRY, new byte[11], Header.empty()));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Window.adoptCounts(GEOMETRY, counts(1, 2, 3), Header.empty()));
        assertTrue(e.getMessage().contains("needs 6 pixels, got 3"), e.getMessage());
    }

    @Test
    void windowsSharingOneArrayReadOnlyTheirOwnStretch() {
        // a CCD's array: 6 counts of a window held left to right, then 6 of one held right to left
        byte[] ccd = counts(10, 11, 12, 13, 14, 15, 3, 2, 1, 60000, 5, 4);
        Window first = Window.adoptCounts(GEOMETRY, ccd, 0, false, Header.empty());
        Window second = Window.adoptCounts(GEOMETRY, ccd, 12, true, Header.empty());
        assertArrayEquals(new float[] {10, 11, 12, 13, 14, 15}, first.toFloats());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 60000}, second.toFloats());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 60000}, second.toDoubles());
        assertEquals(75.0, first.sum());
        assertEquals(60015.0, second.sum());
        assertEquals(15.0, first.get(2, 1));
        assertEquals(60000.0, second.get(2, 1));
        float[] row = new float[4];
        second.copyRow(0, row, 1);
        assertArrayEquals(new float[] {0, 1, 2, 3}, row);
        first.copyRow(1, row, 0);
        assertArrayEquals(new float[] {13, 14, 15, 3}, row);
        assertEquals(12, second.pixelBytes());
    }

    @Test
    void aStretchBeyondTheArrayIsRefused() {
        byte[] ccd = new byte[20];
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Window.adoptCounts(GEOMETRY, ccd, 10, false, Header.empty()));
        assertTrue(e.getMessage().contains("needs bytes 10 to 22, the array holds 20"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> Window.adoptCounts(GEOMETRY, ccd, -2, false, Header.empty()));
    }
}
