package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A window: geometry, header cards and pixels.
 *
 * <p>Pixels are stored row-major, {@code ny} rows of {@code nx}, row 0 at the
 * bottom, as float32, as float64 where a file held float64, or as the
 * unsigned 16-bit counts a raw camera frame holds (half the memory of
 * float32; each count is a float32 exactly, so every accessor gives the same
 * values as if they had been made float32 when the frame was read). The
 * pixel array is never exposed: accessors return copies or single values.
 */
public final class Window {

    private final Winhead geometry;
    private final Header header;
    private final PixelStore px;

    private Window(Winhead geometry, Header header, PixelStore px) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.header = header == null ? Header.empty() : header;
        this.px = px;
        if (px.length() != geometry.npix()) {
            throw new InvalidArgumentException("window of " + geometry.nx() + "x" + geometry.ny()
                    + " needs " + geometry.npix() + " pixels, got " + px.length());
        }
    }

    /**
     * @param geometry geometry
     * @param pixels float32 pixels, row-major from the bottom; copied
     * @param header header cards
     * @return a float32 window
     */
    public static Window of(Winhead geometry, float[] pixels, Header header) {
        return new Window(geometry, header, new PixelStore.F32(pixels.clone()));
    }

    /**
     * @param geometry geometry
     * @param pixels float64 pixels, row-major from the bottom; copied
     * @param header header cards
     * @return a float64 window
     */
    public static Window of(Winhead geometry, double[] pixels, Header header) {
        return new Window(geometry, header, new PixelStore.F64(pixels.clone()));
    }

    /**
     * Makes a window that takes ownership of a freshly decoded array, without a
     * copy. Decoders use this; the caller must not touch the array afterwards.
     *
     * @param geometry geometry
     * @param pixels float32 pixels, row-major from the bottom
     * @param header header cards
     * @return a float32 window
     */
    public static Window adopt(Winhead geometry, float[] pixels, Header header) {
        return new Window(geometry, header, new PixelStore.F32(Objects.requireNonNull(pixels, "pixels")));
    }

    /**
     * As {@link #adopt(Winhead, float[], Header)}, for float64.
     *
     * @param geometry geometry
     * @param pixels float64 pixels
     * @param header header cards
     * @return a float64 window
     */
    public static Window adopt(Winhead geometry, double[] pixels, Header header) {
        return new Window(geometry, header, new PixelStore.F64(Objects.requireNonNull(pixels, "pixels")));
    }

    /**
     * As {@link #adopt(Winhead, float[], Header)}, for unsigned 16-bit
     * counts: two little-endian bytes a pixel, as the cameras write them.
     *
     * @param geometry geometry
     * @param counts {@code 2 * nx * ny} bytes, row-major from the bottom
     * @param header header cards
     * @return a window of 16-bit counts
     */
    public static Window adoptCounts(Winhead geometry, byte[] counts, Header header) {
        return adoptCounts(geometry, counts, false, header);
    }

    /**
     * As {@link #adoptCounts(Winhead, byte[], Header)}, with each row held
     * right to left when {@code rowsReversed} (an output read out mirrored in
     * x): the window reads as if the rows had been turned round.
     *
     * @param geometry geometry
     * @param counts {@code 2 * nx * ny} bytes, rows from the bottom
     * @param rowsReversed whether each row is held right to left
     * @param header header cards
     * @return a window of 16-bit counts
     */
    public static Window adoptCounts(Winhead geometry, byte[] counts, boolean rowsReversed, Header header) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length % 2 != 0) {
            throw new InvalidArgumentException("16-bit counts need an even number of bytes, got " + counts.length);
        }
        if (counts.length != 2L * geometry.npix()) {
            throw new InvalidArgumentException("window of " + geometry.nx() + "x" + geometry.ny()
                    + " needs " + geometry.npix() + " pixels, got " + counts.length / 2);
        }
        return adoptCounts(geometry, counts, 0, rowsReversed, header);
    }

    /**
     * As {@link #adoptCounts(Winhead, byte[], boolean, Header)}, for counts
     * that are one stretch of a larger array (a CCD's windows held one after
     * the other, say). The window reads only its own {@code 2 * nx * ny}
     * bytes from {@code at}; the array is adopted, not copied, so no one may
     * write to it afterwards.
     *
     * @param geometry geometry
     * @param counts the array holding the counts
     * @param at byte offset of the window's first count
     * @param rowsReversed whether each row is held right to left
     * @param header header cards
     * @return a window of 16-bit counts
     * @throws InvalidArgumentException if the window's counts do not fit in the array from {@code at}
     */
    public static Window adoptCounts(Winhead geometry, byte[] counts, int at, boolean rowsReversed,
            Header header) {
        Objects.requireNonNull(counts, "counts");
        long end = at + 2L * geometry.npix();
        if (at < 0 || end > counts.length) {
            throw new InvalidArgumentException("window of " + geometry.nx() + "x" + geometry.ny() + " needs bytes "
                    + at + " to " + end + ", the array holds " + counts.length);
        }
        return new Window(geometry, header, new PixelStore.U16(counts, at, geometry.npix(), geometry.nx(),
                rowsReversed));
    }

    /** @return the geometry */
    public Winhead geometry() {
        return geometry;
    }

    /** @return the header cards */
    public Header header() {
        return header;
    }

    /** @return binned width */
    public int nx() {
        return geometry.nx();
    }

    /** @return binned height */
    public int ny() {
        return geometry.ny();
    }

    /** @return true if the pixels are float64 */
    public boolean isFloat64() {
        return px instanceof PixelStore.F64;
    }

    /** @return bytes the pixels take in memory: 2, 4 or 8 a pixel */
    public long pixelBytes() {
        return px.bytes();
    }

    /**
     * @param ix binned x index, 0-based from the left
     * @param iy binned y index, 0-based from the bottom
     * @return the pixel value
     */
    public double get(int ix, int iy) {
        if (ix < 0 || ix >= nx() || iy < 0 || iy >= ny()) {
            throw new InvalidArgumentException("pixel (" + ix + ", " + iy + ") outside window of "
                    + nx() + "x" + ny());
        }
        return px.get(iy * nx() + ix);
    }

    /** @return a copy of the pixels as float32 */
    public float[] toFloats() {
        return px.toFloats();
    }

    /** @return a copy of the pixels as float64 */
    public double[] toDoubles() {
        return px.toDoubles();
    }

    /**
     * Copies one row of pixels as float32 into a destination array.
     *
     * @param iy row, 0 at the bottom
     * @param dst destination
     * @param offset where in dst the row starts
     */
    public void copyRow(int iy, float[] dst, int offset) {
        int nx = nx();
        px.copy(iy * nx, dst, offset, nx);
    }

    /** @return the float64 sum of the pixels, each first converted to float32 */
    public double sum() {
        return px.sum();
    }

    /**
     * @param newHeader replacement header
     * @return the same pixels and geometry with another header
     */
    public Window withHeader(Header newHeader) {
        return new Window(geometry, newHeader, px);
    }

    /**
     * @param other another window
     * @return true if geometry and pixel values (as float32 bits) are the same
     */
    public boolean samePixels(Window other) {
        return geometry.equals(other.geometry) && Arrays.equals(toFloats(), other.toFloats());
    }

    @Override
    public String toString() {
        return "Window" + geometry + " " + px.type();
    }
}
