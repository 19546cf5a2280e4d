package io.github.hipercam.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench --copy}: the machine's memory copy bandwidth, the physical
 * limit that the side-by-side bench sets each run against. Copies one large
 * {@code byte[]} into another with {@code System.arraycopy}, on one thread
 * and then split between every core, best of several passes, and counts the
 * bytes read plus the bytes written (twice the bytes copied): a frame that
 * reads R bytes and writes W bytes cannot be decoded faster than the
 * bandwidth over R + W.
 *
 * <p>It also times the first touch of fresh memory: the two buffers are the
 * first large arrays of a fresh JVM, so making them (the JVM zeroes them)
 * faults in pages the process has never used, as a cold JVM does while its
 * heap grows. On a virtual machine whose host hands back freed guest memory,
 * that costs far more than writing memory already touched (0.44 GB/s against
 * 25 GB/s on the development machine), and it is most of what a cold JVM
 * pays over a warm one while it spools.
 */
final class CopyBandwidth {

    private static final int PASSES = 7;

    private CopyBandwidth() {
    }

    /**
     * Measures and prints the bandwidths.
     *
     * @param mb size of each buffer in MB, well beyond the caches
     */
    static void run(int mb) {
        int size = mb << 20;
        long t0 = System.nanoTime();
        byte[] src = new byte[size];
        byte[] dst = new byte[size];
        double fresh = 2.0 * size / ((System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < size; i += 4096) {
            src[i] = (byte) i;
            dst[i] = 1;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double one = best(src, dst, 1);
        double all = best(src, dst, cores);
        System.out.printf(Locale.ROOT, "copy bandwidth (System.arraycopy of %d MB, read + write, best of %d):"
                + " 1 thread %.2f GB/s, %d threads %.2f GB/s%n", mb, PASSES, one / 1e9, cores, all / 1e9);
        System.out.printf(Locale.ROOT, "first touch of fresh memory (the two buffers made and zeroed in a fresh JVM):"
                + " %.2f GB/s written%n", fresh / 1e9);
        System.out.printf(Locale.ROOT, "RESULT copy_gbs_1=%.4f copy_gbs_all=%.4f threads=%d fresh_gbs=%.4f%n", one / 1e9,
                all / 1e9, cores, fresh / 1e9);
    }

    /** @return best bytes read plus written per second over the passes */
    private static double best(byte[] src, byte[] dst, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = 0;
            for (int p = 0; p < PASSES; p++) {
                best = Math.max(best, 2.0 * src.length / pass(pool, src, dst, threads));
            }
            return best;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return seconds to copy src into dst, split into one slice per thread */
    private static double pass(ExecutorService pool, byte[] src, byte[] dst, int threads) {
        int slice = src.length / threads;
        List<Future<?>> work = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int from = t * slice;
            int len = t == threads - 1 ? src.length - from : slice;
            work.add(pool.submit(() -> System.arraycopy(src, from, dst, from, len)));
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring the copy bandwidth", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("copy failed", e.getCause());
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
