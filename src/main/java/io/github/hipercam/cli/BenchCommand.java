package io.github.hipercam.cli;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: spools large synthetic runs, decoding every frame to
 * float32, and compares the rate with a plain sequential read of the same
 * file measured in the same run: once with {@link RunSpooler} (one frame at
 * a time; large frames split between two threads) and once with
 * {@link DecodeAheadSpooler} (batches of frames decoded ahead on every core). Runs are written once to the bench folder
 * (default {@code bench-data/}, git-ignored) and reused. Each case is
 * spooled untimed first, until the JIT has settled; a server case also
 * times its disk twin (the same run read from the file) in the same passes
 * and prints its rate as a ratio to the disk's.
 *
 * <p>{@code --source hl|ul --run PATH} times any run instead, as a user
 * spools it ({@link RunBench}); {@code --copy} measures the memory copy
 * bandwidth ({@link CopyBandwidth}). {@code bench/side-by-side.sh} uses both
 * to set this project beside the reference pipeline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: spool large runs (decoding every frame) against a plain read of the same file.")
final class BenchCommand implements Callable<Integer> {

    /** Share of the time the JIT compilers may still work in a warm-up pass once warm. */
    private static final double SETTLED = 0.05;
    /** Longest warm-up of one case. */
    private static final double MAX_WARMUP_S = 90;

    /** MB of each buffer of {@code --copy}: far beyond any cache. */
    private static final int COPY_MB = 256;

    /** Worker threads of the decode-ahead spooler: one per core. */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dir", defaultValue = "bench-data", description = "folder for the runs (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--mb", defaultValue = "512", description = "size of each run in MB (default: ${DEFAULT-VALUE})")
    private long mb;

    @Option(names = "--case", description = "run only these cases (default: all)")
    private List<String> only;

    @Option(names = "--passes", defaultValue = "2", description = "timed passes; the best is reported"
            + " (default: ${DEFAULT-VALUE})")
    private int passes;

    @Option(names = "--warmup", defaultValue = "5", description = "least seconds of untimed spooling before the"
            + " timed passes of each case; it goes on until the JIT compilers are nearly idle (the HTTP and"
            + " WebSocket clients take 20 s or more) (default: ${DEFAULT-VALUE})")
    private double warmup;

    @Option(names = "--source", description = "with --run: the run's source, hl or ul (default: ${DEFAULT-VALUE})",
            defaultValue = "hl")
    private String source;

    @Option(names = "--run", description = "time this run instead of the cases: spooled through Spoolers.open with"
            + " default options, best of --passes, with the bytes allocated per frame; the path without .fits/.dat")
    private String run;

    @Option(names = "--warmup-passes", description = "untimed passes before the timed ones, instead of warming up"
            + " until the JIT is idle (--warmup)")
    private Integer warmupPasses;

    @Option(names = "--no-ahead", description = "with --run: time only the default spool, not the run decoded"
            + " ahead on every core as well (for a profile)")
    private boolean noAhead;

    @Option(names = "--settle-passes", defaultValue = "10", description = "with --run: after the timed passes,"
            + " this many more default spools, the best reported as the rate once warm (0: none)"
            + " (default: ${DEFAULT-VALUE})")
    private int settlePasses;

    @Option(names = "--copy", description = "measure the memory copy bandwidth (System.arraycopy of large arrays)"
            + " instead of the cases")
    private boolean copy;

    @Override
    public Integer call() throws IOException {
        if (copy) {
            CopyBandwidth.run(COPY_MB);
            return 0;
        }
        if (run != null) {
            new RunBench(source, run).run(new RunBench.Passes(warmupPasses == null ? 1 : warmupPasses, passes,
                    settlePasses, !noAhead));
            return 0;
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "%d processors, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        int ran = 0;
        for (BenchCase c : BenchCase.ALL) {
            if (only == null || only.contains(c.name())) {
                run(c);
                ran++;
            }
        }
        if (ran == 0) {
            throw new InvalidArgumentException("no case named " + only + "; cases are "
                    + BenchCase.ALL.stream().map(BenchCase::name).toList());
        }
        return 0;
    }

    /** Rates of one case, the best over the timed passes. */
    private static final class Rates {
        long frames;
        double spool;
        double ahead;
        double cpuPerFrame = Double.MAX_VALUE;

        /** Spools once each way, keeping the best rates (bytes/s) and the least CPU per frame. */
        void pass(BenchCase c, Path file, long size) throws IOException {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            frames = spoolAll(c, file, false);
            spool = Math.max(spool, size / ((System.nanoTime() - t0) / 1e9));
            cpuPerFrame = Math.min(cpuPerFrame, (cpuNanos() - c0) / 1e6 / Math.max(1, frames));
            t0 = System.nanoTime();
            spoolAll(c, file, true);
            ahead = Math.max(ahead, size / ((System.nanoTime() - t0) / 1e9));
        }

        double framesPerSecond(double rate, long size) {
            return frames * rate / size;
        }
    }

    private void run(BenchCase c) throws IOException {
        Path file = prepare(c);
        long size = Files.size(file);
        Optional<BenchCase> twin = c.twin().map(BenchCase::named);
        Path twinFile = twin.isPresent() ? prepare(twin.get()) : null;
        long twinSize = twinFile == null ? 0 : Files.size(twinFile);
        double warmed = warmUp(c, file);
        double plain = 0;
        Rates rates = new Rates();
        Rates disk = new Rates();
        for (int p = 0; p < Math.max(1, passes); p++) {
            plain = Math.max(plain, size / plainRead(file));
            rates.pass(c, file, size);
            if (twin.isPresent()) {
                disk.pass(twin.get(), twinFile, twinSize);
            }
        }
        System.out.printf(Locale.ROOT, "%-11s %s%n", c.name(), c.description());
        System.out.printf(Locale.ROOT, "  file %.0f MB, %d frames; plain read %.0f MB/s; %.0f s warm-up, best of %d"
                + " passes%n", size / 1e6, rates.frames, plain / 1e6, warmed, Math.max(1, passes));
        report("spooler", rates.frames, size, rates.spool, plain);
        System.out.printf(Locale.ROOT, "    CPU %.3f ms per frame (whole process%s)%n", rates.cpuPerFrame,
                twin.isPresent() ? ", the server included" : "");
        report("spooler, decode-ahead on " + THREADS + " threads", rates.frames, size, rates.ahead, plain);
        if (twin.isPresent()) {
            reportTwin(twin.get().name(), rates, size, disk, twinSize);
        }
        System.out.printf(Locale.ROOT, "  heap in use after the runs: %d MB%n", usedHeapMb());
    }

    /**
     * Spools untimed until the JIT has settled: at least {@code --warmup}
     * seconds, then until a pass during which the compilers worked less than
     * {@value #SETTLED} of the time (the HTTP and WebSocket clients keep C2
     * busy for 20 s or more), at most {@value #MAX_WARMUP_S} s.
     *
     * @return seconds spent
     */
    private double warmUp(BenchCase c, Path file) throws IOException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        double busy = 1;
        if (warmupPasses != null) {
            for (int i = 0; i < warmupPasses; i++) {
                spoolAll(c, file, false);
                spoolAll(c, file, true);
            }
            return elapsed(start);
        }
        while (elapsed(start) < Math.max(0, warmup) || busy >= SETTLED && elapsed(start) < MAX_WARMUP_S) {
            long t0 = System.nanoTime();
            long j0 = jit.getTotalCompilationTime();
            spoolAll(c, file, false);
            spoolAll(c, file, true);
            busy = (jit.getTotalCompilationTime() - j0) / ((System.nanoTime() - t0) / 1e6);
        }
        return elapsed(start);
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The server case against its disk twin, timed in the same passes. */
    private static void reportTwin(String name, Rates served, long size, Rates disk, long diskSize) {
        double one = served.framesPerSecond(served.spool, size);
        double ahead = served.framesPerSecond(served.ahead, size);
        double diskOne = disk.framesPerSecond(disk.spool, diskSize);
        double diskAhead = disk.framesPerSecond(disk.ahead, diskSize);
        System.out.printf(Locale.ROOT, "  disk %s in the same passes: spooler %.0f frames/s (CPU %.3f ms per frame),"
                + " decode-ahead %.0f frames/s%n", name, diskOne, disk.cpuPerFrame, diskAhead);
        System.out.printf(Locale.ROOT, "  ratio to disk: spooler to spooler %.2f; decode-ahead to decode-ahead %.2f;"
                + " best to best %.2f%n", one / diskOne, ahead / diskAhead, Math.max(one, ahead)
                / Math.max(diskOne, diskAhead));
    }

    /** @return the case's bench file, written first if missing or too small */
    private Path prepare(BenchCase c) throws IOException {
        Path file = dir.resolve(c.name() + c.extension());
        long want = mb << 20;
        if (!Files.isRegularFile(file) || Files.size(file) < want) {
            System.out.println("writing " + file + " ...");
            c.write().apply(file, want);
        }
        return file;
    }

    private static void report(String what, long frames, long size, double rate, double plain) {
        System.out.printf(Locale.ROOT, "  %s: %.0f frames/s, %.0f MB/s, ratio to plain read %.3f%n", what,
                frames * rate / size, rate / 1e6, rate / plain);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @return seconds to read the whole file sequentially into one reused 4 MB buffer */
    static double plainRead(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4 << 20);
        long t0 = System.nanoTime();
        long sum = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) > 0) {
                sum += buf.get(0);
                buf.clear();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        return sum == Long.MIN_VALUE ? s + 1 : s;
    }

    /** @return frames spooled, each decoded and one pixel of each window touched */
    private static long spoolAll(BenchCase c, Path file, boolean ahead) throws IOException {
        long frames = 0;
        double sink = 0;
        SpoolOptions options = SpoolOptions.defaults().withDecodeThreads(ahead ? THREADS : 1);
        try (OpenedRun run = c.open().apply(file, options); Spooler<Mccd> spool = run.spool(1)) {
            for (Poll<Mccd> p = spool.poll(); p instanceof Poll.Ready<Mccd> r; p = spool.poll()) {
                for (Ccd ccd : r.frame().ccds().values()) {
                    for (Window w : ccd.windows().values()) {
                        sink += w.get(0, 0);
                    }
                }
                frames++;
            }
        }
        return sink < 0 ? -frames : frames;
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
