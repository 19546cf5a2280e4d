package io.github.hipercam.hcam;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Undoes the interleaving of the 20 windows of a {@link WindowSet}: writes
 * the pixels of every piece (image, prescan, overscan) as 16-bit counts
 * (little-endian, as a window holds them), row 0 at the bottom, turned the right way up for its quadrant, straight from the
 * frame's bytes into the piece's own array, where the {@link QuadPlan} says.
 *
 * <p>With NSAMP 4 the frame holds, for each pixel position in readout
 * order, one 16-bit word from each of the 20 windows (CCD-major, quadrant
 * minor). With NSAMP 1 it holds groups of 4 positions: 80 words ordered
 * CCD, then position within the group, then quadrant. Either way the four
 * quadrants (E, F, G, H) of a CCD at one position are four consecutive
 * words, so one 64-bit load feeds one loop that writes all four. Stored
 * words are big-endian with 32768 subtracted; flipping the top bit gives the count.
 *
 * <p>A large set is split by rows between the calling thread and one pool
 * thread when no other frame is being decoded at the time (a frame read by
 * number, say); the halves write disjoint parts of the outputs. While
 * frames are decoded ahead on every core, each is decoded whole by its own
 * thread: splitting as well would only make the threads queue for the helper.
 */
final class Demux {

    /** Words of a set above which decoding uses a second thread. */
    static final int PARALLEL_WORDS = 1 << 19;

    /** Threads in {@link #decode} now. */
    private static final AtomicInteger DECODING = new AtomicInteger();

    /** Four stored words at once, the first in the high bits. */
    private static final VarHandle FOUR = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** A window's 16-bit counts, little-endian as {@link io.github.hipercam.model.Window#adoptCounts} holds them. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);

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
     * @param plan the plan of the window set
     * @param nsamp samples per pixel: 4, or any other value for the one-sample order
     * @return [window][piece] pixels, windows in stream order, pieces as {@link WindowSet.RawWindow#pieces()}
     */
    static byte[][][] decode(byte[] frame, QuadPlan plan, int nsamp) {
        WindowSet set = plan.set();
        byte[][][] out = plan.allocate();
        Rows job = new Rows(frame, 2 * set.wordOffset(), set.nx(), plan, out, nsamp == 4);
        int ny = set.ny();
        boolean alone = DECODING.incrementAndGet() == 1;
        try {
            if (alone && set.words() >= PARALLEL_WORDS && ny > 1 && Helper.POOL != null) {
                int mid = ny / 2;
                CompletableFuture<Void> other = CompletableFuture.runAsync(() -> job.run(mid, ny), Helper.POOL);
                job.run(0, mid);
                other.join();
            } else {
                job.run(0, ny);
            }
        } finally {
            DECODING.decrementAndGet();
        }
        return out;
    }

    /** The decoding of a range of readout rows. */
    private record Rows(byte[] b, int base, int nx, QuadPlan plan, byte[][][] out, boolean four) {

        void run(int y0, int y1) {
            for (QuadPlan.Cell cell : plan.cells()) {
                int from = Math.max(y0, cell.y0());
                int to = Math.min(y1, cell.y1());
                for (int y = from; y < to; y++) {
                    for (int c = 0; c < 5; c++) {
                        quads(cell, c, y);
                    }
                }
            }
        }

        /** Row y of the cell, the four quadrants of CCD c. */
        private void quads(QuadPlan.Cell cell, int c, int y) {
            int w = 4 * c;
            int dy = y - cell.y0();
            int[] s = cell.start();
            int[] r = cell.rowStep();
            int[] k = cell.piece();
            int[] st = cell.colStep();
            int n = cell.x1() - cell.x0();
            byte[] e = out[w][k[w]];
            byte[] f = out[w + 1][k[w + 1]];
            byte[] g = out[w + 2][k[w + 2]];
            byte[] h = out[w + 3][k[w + 3]];
            int ie = s[w] + dy * r[w];
            int jf = s[w + 1] + dy * r[w + 1];
            int ig = s[w + 2] + dy * r[w + 2];
            int ih = s[w + 3] + dy * r[w + 3];
            if (four) {
                fourSamples(b, base + 40 * (y * nx + cell.x0()) + 8 * c, n, e, ie, st[w], f, jf, st[w + 1],
                        g, ig, st[w + 2], h, ih, st[w + 3]);
            } else {
                oneSample(b, base + 32 * c, y * nx + cell.x0(), n, e, ie, st[w], f, jf, st[w + 1],
                        g, ig, st[w + 2], h, ih, st[w + 3]);
            }
        }
    }

    /** NSAMP 4: the four words of position i at {@code src + 40 i}. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void fourSamples(byte[] b, int src, int n, byte[] e, int ie, int se, byte[] f, int jf, int sf,
            byte[] g, int ig, int sg, byte[] h, int ih, int sh) {
        for (int i = 0; i < n; i++, src += 40, ie += se, jf += sf, ig += sg, ih += sh) {
            long v = (long) FOUR.get(b, src);
            WORD.set(e, 2 * ie, (short) (v >>> 48 ^ 0x8000));
            WORD.set(f, 2 * jf, (short) (v >>> 32 ^ 0x8000));
            WORD.set(g, 2 * ig, (short) (v >>> 16 ^ 0x8000));
            WORD.set(h, 2 * ih, (short) (v ^ 0x8000));
        }
    }

    /** NSAMP 1: the four words of readout position p at {@code lane + 160 (p / 4) + 8 (p % 4)}. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void oneSample(byte[] b, int lane, int p, int n, byte[] e, int ie, int se, byte[] f, int jf,
            int sf, byte[] g, int ig, int sg, byte[] h, int ih, int sh) {
        for (int i = 0; i < n; i++, p++, ie += se, jf += sf, ig += sg, ih += sh) {
            long v = (long) FOUR.get(b, lane + 160 * (p >> 2) + 8 * (p & 3));
            WORD.set(e, 2 * ie, (short) (v >>> 48 ^ 0x8000));
            WORD.set(f, 2 * jf, (short) (v >>> 32 ^ 0x8000));
            WORD.set(g, 2 * ig, (short) (v >>> 16 ^ 0x8000));
            WORD.set(h, 2 * ih, (short) (v ^ 0x8000));
        }
    }
}
