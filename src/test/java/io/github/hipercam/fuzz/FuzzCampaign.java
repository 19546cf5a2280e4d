package io.github.hipercam.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The fuzz campaign: for each format, inputs {@code 0 .. n-1} run in forked
 * worker JVMs ({@link FuzzWorker}, {@code -Xmx256m} by default), a new one
 * after each hang; prints the counts per format and every distinct
 * signature with an example, and saves the smallest input of each
 * non-domain, out-of-memory or hang signature.
 *
 * <pre>
 * mvn -B -o -q test -Dtest=FuzzCampaignTest -Dfuzz.args="--formats all --inputs 100000"
 * </pre>
 *
 * <p>({@link FuzzCampaignTest} only passes the arguments on: it lets Maven
 * supply the class path, offline.)
 *
 * <p>Options: {@code --formats all|hl,ul-xml,ul-dat,hcm,lis,us-req,hs-req},
 * {@code --inputs N} (per format), {@code --from N} (first input, default 0),
 * {@code --seed S} (default 1),
 * {@code --timeout SECONDS} (5), {@code --xmx SIZE} (256m),
 * {@code --save DIR} (target/fuzz/crashers), {@code --scratch DIR} (target/fuzz/scratch).
 */
public final class FuzzCampaign {

    /**
     * What to run.
     *
     * @param formats format names
     * @param from first input number (0 for a whole campaign; to rerun one input, from = n, inputs = n + 1)
     * @param inputs inputs per format: numbers from .. inputs - 1
     * @param seed campaign seed
     * @param timeout seconds per input
     * @param xmx worker heap
     * @param scratch worker folders
     * @param save where examples are saved (null: not saved)
     * @param replay a folder of saved inputs to run instead of generated ones (null for a campaign)
     */
    record Options(List<String> formats, long from, long inputs, long seed, double timeout, String xmx, Path scratch,
            Path save, Path replay) {

        /**
         * @param format a format
         * @param root folder of saved inputs ({@code FORMAT/NAME/})
         * @param scratch worker folders
         * @return options that run every saved input of the format as the campaign runs its inputs
         */
        static Options replay(String format, Path root, Path scratch) {
            return new Options(List.of(format), 0, Replay.saved(root, format).size(), 0, 5, "256m", scratch, null,
                    root);
        }
    }

    /** One signature's count and its smallest example. */
    static final class Signature {
        final Outcome.Kind kind;
        final String name;
        long count;
        long index = -1;
        long bytes = Long.MAX_VALUE;
        String detail = "";

        Signature(Outcome.Kind kind, String name) {
            this.kind = kind;
            this.name = name;
        }
    }

    /** The counts of one format. */
    static final class Tally {
        final String format;
        final long[] byKind = new long[Outcome.Kind.values().length];
        final Map<String, Signature> signatures = new LinkedHashMap<>();
        /** Each input's outcome, kept for replays only (a campaign keeps counts). */
        final Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        boolean keep;
        long inputs;
        long workers;
        double seconds;

        Tally(String format) {
            this.format = format;
        }

        long count(Outcome.Kind k) {
            return byKind[k.ordinal()];
        }

        void add(long index, Outcome o, long bytes) {
            inputs++;
            if (keep) {
                outcomes.put(index, o);
            }
            byKind[o.kind().ordinal()]++;
            Signature s = signatures.computeIfAbsent(o.kind() + " " + o.signature(),
                    k -> new Signature(o.kind(), o.signature()));
            s.count++;
            if (bytes < s.bytes) {
                s.bytes = bytes;
                s.index = index;
                s.detail = o.detail();
            }
        }

        /** @return the non-domain, out-of-memory and hang signatures */
        List<Signature> failures() {
            return signatures.values().stream().filter(s -> s.kind == Outcome.Kind.NON_DOMAIN
                    || s.kind == Outcome.Kind.OOM || s.kind == Outcome.Kind.HANG).toList();
        }
    }

    private FuzzCampaign() {
    }

    /**
     * @param args see the class comment
     * @throws Exception if a worker cannot be started
     */
    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        PrintStream out = System.out;
        out.println("fuzz campaign: " + o.inputs() + " inputs per format, seed " + o.seed() + ", -Xmx" + o.xmx()
                + ", " + o.timeout() + " s per input");
        List<Tally> tallies = new ArrayList<>();
        for (String f : o.formats()) {
            Tally t = run(o, f, out);
            tallies.add(t);
            out.println(row(t));
            out.flush();
        }
        out.println();
        out.print(table(tallies));
        out.println();
        out.print(signatures(o, tallies));
        if (o.save() != null) {
            for (Tally t : tallies) {
                save(o, t);
            }
            out.println("examples saved under " + o.save());
        }
    }

    static Options parse(String[] args) {
        List<String> formats = Inputs.FORMATS;
        long inputs = 1000;
        long from = 0;
        long seed = 1;
        double timeout = 5;
        String xmx = "256m";
        Path scratch = Path.of("target", "fuzz", "scratch");
        Path save = Path.of("target", "fuzz", "crashers");
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--formats", "--format" -> formats = v.equals("all") ? Inputs.FORMATS : Arrays.asList(v.split(","));
                case "--inputs" -> inputs = Long.parseLong(v);
                case "--from" -> from = Long.parseLong(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--timeout" -> timeout = Double.parseDouble(v);
                case "--xmx" -> xmx = v;
                case "--scratch" -> scratch = Path.of(v);
                case "--save" -> save = v.equals("none") ? null : Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new Options(List.copyOf(formats), from, inputs, seed, timeout, xmx, scratch, save, null);
    }

    /**
     * Runs one format through as many worker JVMs as it takes.
     *
     * @param o options
     * @param format the format
     * @param log progress
     * @return its tally
     * @throws IOException if a worker cannot be started
     * @throws InterruptedException if interrupted
     */
    static Tally run(Options o, String format, PrintStream log) throws IOException, InterruptedException {
        Tally t = new Tally(format);
        t.keep = o.replay() != null;
        long start = System.nanoTime();
        long next = o.from();
        while (next < o.inputs()) {
            t.workers++;
            next = worker(o, format, next, t);
        }
        t.seconds = (System.nanoTime() - start) / 1e9;
        return t;
    }

    private static long worker(Options o, String format, long from, Tally t) throws IOException, InterruptedException {
        Path scratch = o.scratch().resolve(format + "-" + from);
        Files.createDirectories(o.scratch());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + o.xmx(), "-XX:+UseSerialGC", "-XX:-OmitStackTraceInFastThrow",
                "-Djava.awt.headless=true", "-cp", classPath(), FuzzWorker.class.getName(), format,
                Long.toString(o.seed()), Long.toString(from), Long.toString(o.inputs()), Double.toString(o.timeout()),
                scratch.toString()));
        if (o.replay() != null) {
            cmd.add(o.replay().toAbsolutePath().toString());
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                o.scratch().resolve(format + ".err").toFile())).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(p, lines), "fuzz-pump");
        reader.setDaemon(true);
        reader.start();
        long next = from;
        long watchdog = (long) (o.timeout() * 3000) + 60_000;
        while (true) {
            String line = lines.poll(watchdog, TimeUnit.MILLISECONDS);
            if (line == null) {
                // the whole worker is stuck (a collector thrashing at the heap limit, say), not just its input
                p.destroyForcibly().waitFor();
                t.add(next, new Outcome(Outcome.Kind.HANG, "worker JVM stuck",
                        "no word from the worker for " + watchdog / 1000 + " s"), 0);
                FuzzWorker.delete(scratch);
                return next + 1;
            }
            if (line.equals(EOF)) {
                break;
            }
            String[] f = line.split("\t", 6);
            long i = Long.parseLong(f[0]);
            Outcome out = new Outcome(Outcome.Kind.valueOf(f[1]), f[2], f[3]);
            t.add(i, out, Long.parseLong(f[4]));
            next = i + 1;
        }
        int exit = p.waitFor();
        if (next == from && exit != 0 && exit != FuzzWorker.HANG_EXIT && exit != FuzzWorker.OOM_EXIT) {
            throw new IllegalStateException("the worker for " + format + " failed before its first input (exit "
                    + exit + "): " + Files.readString(o.scratch().resolve(format + ".err")));
        }
        if (exit != 0 && exit != FuzzWorker.HANG_EXIT && exit != FuzzWorker.OOM_EXIT && next < o.inputs()) {
            t.add(next, new Outcome(Outcome.Kind.NON_DOMAIN, "worker JVM exited with " + exit,
                    "see " + o.scratch().resolve(format + ".err")), 0);
            next++;
        }
        FuzzWorker.delete(scratch);
        return next;
    }

    private static final String EOF = "\u0000EOF";

    private static void pump(Process p, BlockingQueue<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the worker died; what it printed so far counts
        }
        lines.add(EOF);
    }

    /** @return the class path of this JVM, also under Surefire's manifest-only jar */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    static String header() {
        return "| format | inputs | read | domain error | non-domain | out of memory | hang | workers | seconds |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    }

    static String row(Tally t) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %.0f |", t.format, t.inputs,
                t.count(Outcome.Kind.OK), t.count(Outcome.Kind.DOMAIN), t.count(Outcome.Kind.NON_DOMAIN),
                t.count(Outcome.Kind.OOM), t.count(Outcome.Kind.HANG), t.workers, t.seconds);
    }

    static String table(List<Tally> tallies) {
        StringBuilder b = new StringBuilder(header());
        for (Tally t : tallies) {
            b.append(row(t)).append('\n');
        }
        return b.toString();
    }

    static String signatures(Options o, List<Tally> tallies) {
        StringBuilder b = new StringBuilder();
        for (Tally t : tallies) {
            for (Signature s : t.signatures.values()) {
                if (s.kind == Outcome.Kind.OK) {
                    continue;
                }
                b.append(String.format(Locale.ROOT, "%s %s %s: %d, e.g. input %d (%d bytes)%s%n", t.format, s.kind,
                        s.name, s.count, s.index, s.bytes, s.kind == Outcome.Kind.DOMAIN ? "" : "\n    " + s.detail));
            }
        }
        return b.toString();
    }

    /**
     * Saves the smallest input of each failure signature in a folder of its
     * own, with {@code about.txt} saying how it was made.
     */
    static void save(Options o, Tally t) {
        if (t.failures().isEmpty()) {
            return;
        }
        Path scratch = o.scratch().resolve(t.format + "-save");
        try (FuzzTarget target = Inputs.target(t.format, scratch)) {
            Files.createDirectories(scratch);
            List<FuzzInput> seeds = target.seeds();
            for (Signature s : t.failures()) {
                if (s.index < 0 || s.bytes == 0) {
                    continue;
                }
                FuzzInput in = Inputs.make(target, seeds, o.seed(), s.index);
                Path dir = o.save().resolve(t.format).resolve(slug(s.kind + " " + s.name));
                in.writeTo(dir);
                Files.writeString(dir.resolve(Replay.ABOUT), about(o, t.format, s, in), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String about(Options o, String format, Signature s, FuzzInput in) {
        return "format: " + format + "\nfound: " + s.kind + " " + s.name + "\nexample: " + s.detail
                + "\ncampaign seed " + o.seed() + ", input " + s.index + " (" + s.count + " inputs with this signature)"
                + "\nseed: " + in.seed() + "\nmutation: " + in.mutation() + "\n";
    }

    static String slug(String s) {
        String x = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return x.length() > 80 ? x.substring(0, 80) : x;
    }
}
