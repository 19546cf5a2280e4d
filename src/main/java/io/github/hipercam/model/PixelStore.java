package io.github.hipercam.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How a {@link Window} holds its pixels: float32, float64, or the unsigned
 * 16-bit counts that raw ULTRACAM, ULTRASPEC and HiPERCAM frames hold. Every
 * 16-bit count is a float32 exactly, so the three give the same values to
 * every reader; they differ only in the memory they hold (4, 8 or 2 bytes a
 * pixel). Immutable once made; the array is never handed out.
 */
sealed interface PixelStore {

    /** @return pixels held */
    int length();

    /** @return bytes the pixels take */
    long bytes();

    /** @return the type's name, as toString shows it */
    String type();

    /**
     * @param i pixel index
     * @return its value
     */
    double get(int i);

    /** @return a fresh float32 copy of every pixel */
    float[] toFloats();

    /** @return a fresh float64 copy of every pixel */
    double[] toDoubles();

    /**
     * Copies {@code n} pixels from {@code from} as float32.
     *
     * @param from first pixel
     * @param dst destination
     * @param offset where in dst
     * @param n pixels
     */
    void copy(int from, float[] dst, int offset, int n);

    /** @return the float64 sum of the pixels, each first made float32 */
    double sum();

    /** float32 pixels. */
    record F32(float[] px) implements PixelStore {
        @Override
        public int length() {
            return px.length;
        }

        @Override
        public long bytes() {
            return 4L * px.length;
        }

        @Override
        public String type() {
            return "float32";
        }

        @Override
        public double get(int i) {
            return px[i];
        }

        @Override
        public float[] toFloats() {
            return px.clone();
        }

        @Override
        public double[] toDoubles() {
            double[] out = new double[px.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = px[i];
            }
            return out;
        }

        @Override
        public void copy(int from, float[] dst, int offset, int n) {
            System.arraycopy(px, from, dst, offset, n);
        }

        @Override
        public double sum() {
            double s = 0;
            for (float v : px) {
                s += v;
            }
            return s;
        }
    }

    /** float64 pixels. */
    record F64(double[] px) implements PixelStore {
        @Override
        public int length() {
            return px.length;
        }

        @Override
        public long bytes() {
            return 8L * px.length;
        }

        @Override
        public String type() {
            return "float64";
        }

        @Override
        public double get(int i) {
            return px[i];
        }

        @Override
        public float[] toFloats() {
            float[] out = new float[px.length];
            copy(0, out, 0, px.length);
            return out;
        }

        @Override
        public double[] toDoubles() {
            return px.clone();
        }

        @Override
        public void copy(int from, float[] dst, int offset, int n) {
            for (int i = 0; i < n; i++) {
                dst[offset + i] = (float) px[from + i];
            }
        }

        @Override
        public double sum() {
            double s = 0;
            for (double v : px) {
                s += (float) v;
            }
            return s;
        }
    }

    /**
     * Unsigned 16-bit counts, two little-endian bytes each, as the cameras
     * write them: half the memory of float32, and no conversion until a
     * reader asks for floats. Rows may be held right to left, as an output
     * read out mirrored in x wrote them (like a reversed numpy view: nothing
     * is moved until the pixels are read). The counts may be a stretch of a
     * larger array that holds the other windows of the same CCD: a decoder
     * that fills one array per CCD makes one large allocation instead of
     * several, which the JVM's collector neither copies nor scans.
     *
     * @param le the array holding the counts ({@link Window#adoptCounts} checks that they fit)
     * @param at byte offset of the first count in {@code le}
     * @param n pixels held
     * @param nx pixels in a row
     * @param reversed whether each row is held right to left
     */
    record U16(byte[] le, int at, int n, int nx, boolean reversed) implements PixelStore {

        private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(short[].class,
                ByteOrder.LITTLE_ENDIAN);

        @Override
        public int length() {
            return n;
        }

        @Override
        public long bytes() {
            return 2L * n;
        }

        @Override
        public String type() {
            return reversed ? "uint16, rows held right to left" : "uint16";
        }

        @Override
        public double get(int i) {
            return word(at + 2 * held(i));
        }

        /** @return where pixel {@code i} is held, counted from the first */
        private int held(int i) {
            if (!reversed) {
                return i;
            }
            int x = i % nx;
            return i - x + nx - 1 - x;
        }

        private int word(int byteIndex) {
            return (short) WORD.get(le, byteIndex) & 0xFFFF;
        }

        @Override
        public float[] toFloats() {
            float[] out = new float[n];
            copy(0, out, 0, n);
            return out;
        }

        @Override
        public double[] toDoubles() {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = word(at + 2 * held(i));
            }
            return out;
        }

        @Override
        public void copy(int from, float[] dst, int offset, int count) {
            if (!reversed) {
                for (int i = 0, b = at + 2 * from; i < count; i++, b += 2) {
                    dst[offset + i] = word(b);
                }
                return;
            }
            int i = from;
            int out = offset;
            while (i < from + count) {
                int x = i % nx;
                int m = Math.min(from + count - i, nx - x);
                for (int k = 0, b = at + 2 * held(i); k < m; k++, b -= 2) {
                    dst[out++] = word(b);
                }
                i += m;
            }
        }

        @Override
        public double sum() {
            long s = 0;
            for (int b = at, end = at + 2 * n; b < end; b += 2) {
                s += word(b);
            }
            return s;
        }
    }
}
