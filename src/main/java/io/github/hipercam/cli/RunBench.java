package io.github.hipercam.cli;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench --source hl|ul --run PATH}: any run spooled as a user spools
 * it, {@code try (Spooler<Mccd> s = Spoolers.open(source, run, 1)) { for (Mccd m : s) ... }}
 * with default options, timed in this JVM after untimed warm-up passes, best
 * of the timed passes run one after the other. Then, apart from that figure:
 * the rate once warm (more passes), a plain read of the file, the run
 * decoded ahead on every core, and the bytes the spooling allocated per frame
 * against the float pixels it handed out.
 *
 * <p>Allocation is counted with {@code com.sun.management.ThreadMXBean}
 * over every live thread, from just before the spool is opened to just
 * before it is closed, so that the spooler's worker threads (the row-split
 * helper of large HiPERCAM frames, the decode-ahead pool) are still alive
 * and counted. Threads of the JVM that are not Java threads (GC, JIT) do not
 * allocate on the heap and are not counted; other Java threads idle here.
 */
final class RunBench {

    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    /** One pixel of every window handed out is added here, so that no decoding can be skipped. */
    private static volatile double sink;

    private final String source;
    private final String run;

    /**
     * @param source "hl" or "ul" (any local source code {@link Spoolers#open} takes)
     * @param run the run as {@code Spoolers.open} takes it (path without extension)
     */
    RunBench(String source, String run) {
        this.source = source;
        this.run = run;
    }

    /** What one pass of the default spool measured. */
    private record Pass(long frames, double seconds, long allocated, long floatBytes, long heldBytes) {
    }

    /**
     * How many passes of each kind.
     *
     * @param warmups untimed default spools first
     * @param timed default spools right after them, one after the other: the best is the figure
     * @param settle more default spools after those, the best reported as the rate once warm (0: none)
     * @param ahead also time the run decoded ahead on every core, after everything else
     */
    record Passes(int warmups, int timed, int settle, boolean ahead) {
    }

    /**
     * Spools untimed {@code warmups} times, then {@code timed} times one
     * after the other (the protocol: nothing else runs between them),
     * then {@code settle} more for the rate once warm; the plain read and the
     * decoded-ahead spool come last, so that they add nothing to the warm-up
     * of the timed passes. Prints the figures.
     *
     * @param n the passes
     * @throws IOException if the run's file cannot be sized
     */
    void run(Passes n) throws IOException {
        for (int i = 0; i < n.warmups(); i++) {
            spoolDefault();
        }
        Pass best = null;
        for (int p = 0; p < Math.max(1, n.timed()); p++) {
            Pass now = spoolDefault();
            if (best == null || now.seconds() < best.seconds()) {
                best = now;
            }
        }
        double settled = Double.MAX_VALUE;
        for (int p = 0; p < n.settle(); p++) {
            settled = Math.min(settled, spoolDefault().seconds());
        }
        double plain = Double.MAX_VALUE;
        double aheadSeconds = n.ahead() ? Double.MAX_VALUE : Double.NaN;
        for (int p = 0; p < Math.max(1, n.timed()); p++) {
            plain = Math.min(plain, BenchCommand.plainRead(dataFile()));
            if (n.ahead()) {
                aheadSeconds = Math.min(aheadSeconds, spoolAhead());
            }
        }
        print(best, n.settle() > 0 ? settled : Double.NaN, aheadSeconds, plain, n);
    }

    private void print(Pass best, double settled, double ahead, double plain, Passes n) throws IOException {
        long frames = Math.max(1, best.frames());
        double frameMb = fileBytes() / 1e6 / frames;
        double fps = best.frames() / best.seconds();
        double warmFps = best.frames() / settled;
        double aheadFps = best.frames() / ahead;
        double alloc = (double) best.allocated() / frames;
        double floats = (double) best.floatBytes() / frames;
        double held = (double) best.heldBytes() / frames;
        System.out.printf(Locale.ROOT, "%s %s: %d frames of %.3f MB; %d untimed warm-up pass(es), then best of %d"
                + " in a row%n", source, run, best.frames(), frameMb, n.warmups(), Math.max(1, n.timed()));
        System.out.printf(Locale.ROOT, "  Spoolers.open, default options: %.1f frames/s, %.0f MB/s, %.3f ms per frame%n",
                fps, fps * frameMb, 1e3 / fps);
        if (!Double.isNaN(settled)) {
            System.out.printf(Locale.ROOT, "  the same once warm (best of %d more passes): %.1f frames/s%n", n.settle(),
                    warmFps);
        }
        System.out.printf(Locale.ROOT, "  plain read of the file (4 MB buffer): %.0f MB/s, %.3f ms per frame%n",
                fileBytes() / 1e6 / plain, plain * 1e3 / frames);
        if (!Double.isNaN(ahead)) {
            System.out.printf(Locale.ROOT, "  decoded ahead on %d threads:     %.1f frames/s, %.0f MB/s%n", THREADS,
                    aheadFps, aheadFps * frameMb);
        }
        System.out.printf(Locale.ROOT, "  allocated per frame %.3f MB, float pixels handed out %.3f MB: ratio %.3f%n",
                alloc / 1e6, floats / 1e6, alloc / floats);
        System.out.printf(Locale.ROOT, "  pixels held per frame %.3f MB (16-bit counts of a raw frame: half the floats)%n",
                held / 1e6);
        System.out.printf(Locale.ROOT, "RESULT source=%s frames=%d frame_mb=%.6f fps=%.2f warm_fps=%.2f ahead_fps=%.2f"
                + " alloc_mb=%.6f float_mb=%.6f held_mb=%.6f read_mbs=%.1f run=%s%n", source, best.frames(), frameMb,
                fps, warmFps, aheadFps, alloc / 1e6, floats / 1e6, held / 1e6, fileBytes() / 1e6 / plain, run);
    }

    /** One pass through {@code Spoolers.open} with default options. */
    private Pass spoolDefault() {
        Map<Long, Long> before = allocatedByThread();
        long t0 = System.nanoTime();
        long frames = 0;
        long floatBytes = 0;
        long heldBytes = 0;
        long allocated;
        try (Spooler<Mccd> spool = Spoolers.open(source, run, 1)) {
            for (Mccd frame : spool) {
                floatBytes += floatBytes(frame);
                heldBytes += heldBytes(frame);
                frames++;
            }
            allocated = allocatedSince(before);
        }
        return new Pass(frames, (System.nanoTime() - t0) / 1e9, allocated, floatBytes, heldBytes);
    }

    /** @return seconds for one pass decoded ahead on every core, as the older {@code bench} cases do */
    private double spoolAhead() throws IOException {
        long t0 = System.nanoTime();
        long bytes = 0;
        try (OpenedRun opened = Runs.open(source, run, SpoolOptions.defaults().withDecodeThreads(THREADS));
                Spooler<Mccd> spool = opened.spool(1)) {
            for (Mccd frame : spool) {
                bytes += floatBytes(frame);
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        return bytes < 0 ? s + 1 : s;
    }

    /** @return bytes of the pixels of every window of the frame; one pixel of each is read */
    private static long floatBytes(Mccd frame) {
        long bytes = 0;
        for (Ccd ccd : frame.ccds().values()) {
            for (Window w : ccd.windows().values()) {
                sink += w.get(0, 0);
                bytes += (long) w.nx() * w.ny() * (w.isFloat64() ? Double.BYTES : Float.BYTES);
            }
        }
        return bytes;
    }

    /** @return bytes the pixels of every window of the frame take in memory (2 a pixel for raw 16-bit counts) */
    private static long heldBytes(Mccd frame) {
        long bytes = 0;
        for (Ccd ccd : frame.ccds().values()) {
            for (Window w : ccd.windows().values()) {
                bytes += w.pixelBytes();
            }
        }
        return bytes;
    }

    /** @return bytes of the file that holds the frames (.fits of hl, .dat of ul) */
    private long fileBytes() throws IOException {
        return Files.size(dataFile());
    }

    /** @return the file that holds the frames: the run itself, else RUN.fits, else RUN.dat */
    private Path dataFile() {
        for (String ext : new String[] {"", ".fits", ".dat"}) {
            Path p = Path.of(run + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new InvalidArgumentException("bench --run " + run + ": no such file, nor " + run + ".fits or "
                + run + ".dat");
    }

    private static com.sun.management.ThreadMXBean threads() {
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    private static Map<Long, Long> allocatedByThread() {
        long[] ids = threads().getAllThreadIds();
        long[] bytes = threads().getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            out.put(ids[i], Math.max(0, bytes[i]));
        }
        return out;
    }

    private static long allocatedSince(Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : allocatedByThread().entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }
}
