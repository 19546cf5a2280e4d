package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A window: geometry, header cards and pixels.
 *
 * <p>Pixels are float32, or float64 where the file held float64. They are
 * stored row-major, {@code ny} rows of {@code nx}, row 0 at the bottom. The
 * pixel array is never exposed: accessors return copies or single values.
 */
public final class Window {

    private final Winhead geometry;
    private final Header header;
    private final float[] f32;
    private final double[] f64;

    private Window(Winhead geometry, Header header, float[] f32, double[] f64) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.header = header == null ? Header.empty() : header;
        this.f32 = f32;
        this.f64 = f64;
        int len = f32 != null ? f32.length : f64.length;
        if (len != geometry.npix()) {
            throw new InvalidArgumentException("window of " + geometry.nx() + "x" + geometry.ny()
                    + " needs " + geometry.npix() + " pixels, got " + len);
        }
    }

    /**
     * @param geometry geometry
     * @param pixels float32 pixels, row-major from the bottom; copied
     * @param header header cards
     * @return a float32 window
     */
    public static Window of(Winhead geometry, float[] pixels, Header header) {
        return new Window(geometry, header, pixels.clone(), null);
    }

    /**
     * @param geometry geometry
     * @param pixels float64 pixels, row-major from the bottom; copied
     * @param header header cards
     * @return a float64 window
     */
    public static Window of(Winhead geometry, double[] pixels, Header header) {
        return new Window(geometry, header, null, pixels.clone());
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
        return new Window(geometry, header, Objects.requireNonNull(pixels, "pixels"), null);
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
        return new Window(geometry, header, null, Objects.requireNonNull(pixels, "pixels"));
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
        return f64 != null;
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
        int i = iy * nx() + ix;
        return f32 != null ? f32[i] : f64[i];
    }

    /** @return a copy of the pixels as float32 */
    public float[] toFloats() {
        if (f32 != null) {
            return f32.clone();
        }
        float[] out = new float[f64.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) f64[i];
        }
        return out;
    }

    /** @return a copy of the pixels as float64 */
    public double[] toDoubles() {
        if (f64 != null) {
            return f64.clone();
        }
        double[] out = new double[f32.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f32[i];
        }
        return out;
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
        int from = iy * nx;
        if (f32 != null) {
            System.arraycopy(f32, from, dst, offset, nx);
        } else {
            for (int i = 0; i < nx; i++) {
                dst[offset + i] = (float) f64[from + i];
            }
        }
    }

    /** @return the float64 sum of the pixels, each first converted to float32 */
    public double sum() {
        double s = 0;
        if (f32 != null) {
            for (float v : f32) {
                s += v;
            }
        } else {
            for (double v : f64) {
                s += (float) v;
            }
        }
        return s;
    }

    /**
     * @param newHeader replacement header
     * @return the same pixels and geometry with another header
     */
    public Window withHeader(Header newHeader) {
        return new Window(geometry, newHeader, f32, f64);
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
        return "Window" + geometry + (isFloat64() ? " float64" : " float32");
    }
}
