package io.github.hipercam.hcam;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Undoes the interleaving of the 20 windows of a {@link WindowSet}: writes
 * each window's pixels as float32, row 0 at the bottom, turned the right way
 * up for its quadrant.
 *
 * <p>With NSAMP 4 the frame holds, for each pixel position in readout
 * order, one 16-bit word from each of the 20 windows (CCD-major, quadrant
 * minor). With NSAMP 1 it holds groups of 4 positions: 80 words ordered
 * CCD, then position within the group, then quadrant. Stored words are
 * big-endian with 32768 subtracted.
 *
 * <p>Large sets are split by rows between the calling thread and one pool
 * thread; the halves write disjoint parts of the outputs.
 */
final class Demux {

    /** Words of a set above which decoding uses a second thread. */
    static final int PARALLEL_WORDS = 1 << 19;

    private Demux() {
    }

    /** The helper thread, created on first use; none on a single-core machine. */
    private static final class Helper {
        static final ExecutorService POOL = Runtime.getRuntime().availableProcessors() < 2 ? null
                : Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "hipercam-decode");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * @param frame the frame's bytes
     * @param set the window set
     * @param nsamp samples per pixel: 4, or any other value for the one-sample order
     * @return 20 arrays of {@code nx * ny} pixels, in stream order
     */
    static float[][] decode(byte[] frame, WindowSet set, int nsamp) {
        int nx = set.nx();
        int ny = set.ny();
        float[][] out = new float[20][nx * ny];
        boolean[] flipX = new boolean[20];
        boolean[] flipY = new boolean[20];
        for (int w = 0; w < 20; w++) {
            Quadrant q = set.raw().get(w).quadrant();
            flipX[w] = q.flipX();
            flipY[w] = q.flipY();
        }
        Rows job = new Rows(frame, 2 * set.wordOffset(), nx, ny, out, flipX, flipY, nsamp == 4);
        if (set.words() >= PARALLEL_WORDS && ny > 1 && nx >= NARROW && Helper.POOL != null) {
            int mid = ny / 2;
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> job.run(mid, ny), Helper.POOL);
            job.run(0, mid);
            other.join();
        } else {
            job.run(0, ny);
        }
        return out;
    }

    /** Stored words: big-endian 16-bit, 32768 subtracted. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    /** Rows narrower than this are decoded flat, then flipped in place. */
    static final int NARROW = 64;

    /** The decoding of a range of rows. */
    private record Rows(byte[] b, int base, int nx, int ny, float[][] out, boolean[] flipX, boolean[] flipY,
            boolean four) {

        void run(int y0, int y1) {
            if (nx < NARROW) {
                for (int w = 0; w < 20; w++) {
                    flat(out[w], y0 * nx, y1 * nx, w);
                    flip(out[w], y0, y1, flipX[w], flipY[w]);
                }
                return;
            }
            for (int y = y0; y < y1; y++) {
                for (int w = 0; w < 20; w++) {
                    int row = flipY[w] ? ny - 1 - y : y;
                    int start = row * nx + (flipX[w] ? nx - 1 : 0);
                    int step = flipX[w] ? -1 : 1;
                    if (four) {
                        rowOfFour(out[w], start, step, base + 40 * nx * y + 2 * w);
                    } else {
                        rowOfOne(out[w], start, step, y * nx, 2 * (16 * (w >> 2) + (w & 3)));
                    }
                }
            }
        }

        /** Pixels p0..p1-1 of window w in readout order. */
        private void flat(float[] d, int p0, int p1, int w) {
            byte[] bytes = b;
            if (four) {
                for (int p = p0, s = base + 40 * p0 + 2 * w; p < p1; p++, s += 40) {
                    d[p] = (short) WORD.get(bytes, s) + 32768f;
                }
            } else {
                int lane = base + 2 * (16 * (w >> 2) + (w & 3));
                for (int p = p0; p < p1; p++) {
                    d[p] = (short) WORD.get(bytes, lane + 160 * (p >> 2) + 8 * (p & 3)) + 32768f;
                }
            }
        }

        /** Turns rows y0..y1-1, written in readout order, the right way up (y1 - y0 == ny when flipY). */
        private void flip(float[] d, int y0, int y1, boolean fx, boolean fy) {
            if (fx) {
                for (int y = y0; y < y1; y++) {
                    reverse(d, y * nx, y * nx + nx - 1);
                }
            }
            if (fy) {
                float[] tmp = new float[nx];
                for (int lo = y0, hi = y1 - 1; lo < hi; lo++, hi--) {
                    System.arraycopy(d, lo * nx, tmp, 0, nx);
                    System.arraycopy(d, hi * nx, d, lo * nx, nx);
                    System.arraycopy(tmp, 0, d, hi * nx, nx);
                }
            }
        }

        private static void reverse(float[] d, int i, int j) {
            for (; i < j; i++, j--) {
                float t = d[i];
                d[i] = d[j];
                d[j] = t;
            }
        }

        private void rowOfFour(float[] d, int start, int step, int src) {
            byte[] bytes = b;
            for (int x = 0, i = start, s = src; x < nx; x++, i += step, s += 40) {
                d[i] = (short) WORD.get(bytes, s) + 32768f;
            }
        }

        private void rowOfOne(float[] d, int start, int step, int p0, int lane) {
            byte[] bytes = b;
            for (int x = 0, i = start; x < nx; x++, i += step) {
                int p = p0 + x;
                d[i] = (short) WORD.get(bytes, base + 160 * (p >> 2) + 8 * (p & 3) + lane) + 32768f;
            }
        }
    }
}
