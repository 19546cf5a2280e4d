package io.github.hipercam.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs inputs {@code from .. to-1} of one format in this JVM (started by
 * {@link FuzzCampaign} with {@code -Xmx256m}), each on a worker thread with
 * a time limit, and prints one line per input:
 * {@code index, kind, signature, detail, bytes, ms}, tab-separated. After a
 * hang it prints that line and halts with status {@value #HANG_EXIT}: the
 * stuck thread cannot be stopped, so the next input gets a fresh JVM. After
 * an out-of-memory error it halts with {@value #OOM_EXIT}, for the same
 * fresh start.
 *
 * <p>Arguments: {@code FORMAT CAMPAIGN-SEED FROM TO TIMEOUT-SECONDS SCRATCH-DIR [SAVED-ROOT]}.
 * With {@code SAVED-ROOT}, input {@code i} is the {@code i}-th saved input of
 * the format there ({@link Replay#saved}) instead of a generated one.
 */
public final class FuzzWorker {

    /** Exit status after a hang. */
    static final int HANG_EXIT = 3;
    /** Exit status after an out-of-memory error. */
    static final int OOM_EXIT = 4;

    private FuzzWorker() {
    }

    /**
     * @param args format, campaign seed, from, to, timeout seconds, scratch folder
     * @throws Exception if the scratch folder cannot be used
     */
    public static void main(String[] args) throws Exception {
        String format = args[0];
        long campaign = Long.parseLong(args[1]);
        long from = Long.parseLong(args[2]);
        long to = Long.parseLong(args[3]);
        double timeout = Double.parseDouble(args[4]);
        Path scratch = Files.createDirectories(Path.of(args[5]));
        List<Path> saved = args.length > 6 ? Replay.saved(Path.of(args[6]), format) : null;
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
        System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
        AtomicReference<Thread> runner = new AtomicReference<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            runner.set(t);
            return t;
        });
        try (FuzzTarget target = Inputs.target(format, scratch)) {
            List<FuzzInput> seeds = target.seeds();
            for (long i = from; i < to; i++) {
                FuzzInput in = saved == null ? Inputs.make(target, seeds, campaign, i)
                        : Replay.load(saved.get((int) i));
                Path dir = scratch.resolve("in");
                long t0 = System.nanoTime();
                Future<Outcome> f = pool.submit(() -> runOne(target, in, dir));
                Outcome o;
                try {
                    o = f.get((long) (timeout * 1000), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    o = Outcome.hang(timeout, runner.get().getStackTrace());
                } catch (ExecutionException e) {
                    o = Outcome.of(e.getCause());
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                out.println(i + "\t" + o.line() + "\t" + in.size() + "\t" + ms);
                if (o.kind() == Outcome.Kind.HANG) {
                    out.flush();
                    Runtime.getRuntime().halt(HANG_EXIT);
                }
                if (o.kind() == Outcome.Kind.OOM) {
                    // the JVM keeps only a few out-of-memory errors with a stack trace, and an
                    // allocation that failed may have left a static cache half-built: start afresh
                    out.flush();
                    Runtime.getRuntime().halt(OOM_EXIT);
                }
                delete(dir);
            }
        }
        out.flush();
        pool.shutdownNow();
    }

    /**
     * @param target the format
     * @param in the input
     * @param dir an empty folder for its files
     * @return how it ended
     */
    static Outcome runOne(FuzzTarget target, FuzzInput in, Path dir) {
        try {
            Files.createDirectories(dir);
            target.run(in, dir);
            return Outcome.OK;
        } catch (Throwable t) {
            return Outcome.of(t);
        }
    }

    /** @param dir a folder to remove with what it holds */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
