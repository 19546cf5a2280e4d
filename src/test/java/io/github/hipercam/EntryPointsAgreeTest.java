package io.github.hipercam;

import io.github.hipercam.testutil.Stderr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.hipercam.cli.CliContext;
import io.github.hipercam.cli.Main;
import io.github.hipercam.imagej.HeadlessImageJ;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.server.FileServer;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.testutil.MiniJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, "one semantics": every source of {@code testdata/} opened through
 * every entry point gives the same frames, times and refusals.
 *
 * <p>The sources are the sample runs themselves ({@code hl}, {@code ul} for an
 * ULTRACAM and an ULTRASPEC run, {@code hf}) and, through the project's own
 * {@link FileServer} on 127.0.0.1 serving the same folder, {@code hs} and
 * {@code us}. The entry points are
 * <ol>
 *   <li>the library: {@link Spoolers#open}, polled until it yields no frame
 *       (exactly where its for-each loop stops; polling also gives the frame
 *       number and whether the run ended or had nothing new);</li>
 *   <li>the command line's {@code dump} ({@code --url} for a server), run
 *       in-process through {@link Main}, its JSON read back (the frame number
 *       is the frame's {@code NFRAME}, which the library path checks equals
 *       the spool's number);</li>
 *   <li>the macro functions: {@code Ext.openRun} (after
 *       {@code Ext.setServerUrl} for a server) then {@code Ext.nextFrame} and
 *       {@code Ext.getMjd} for each CCD in turn, until "end" or "none yet",
 *       in a headless ImageJ;</li>
 *   <li>the ImageJ stack: {@code run("Open Run...", "... ccd=all first=F
 *       last=0")} ({@code server=} for a server) in the same ImageJ, every
 *       slice of every CCD's image.</li>
 * </ol>
 * From each comes either the frames (number; each CCD's {@code MJDUTC} to
 * the bit, its count of pixels and their mean) and how the sequence stopped,
 * or a refusal and its message. All four must agree, and agree with what the
 * reference's meaning of {@code first} says (for {@code hf} too, where we
 * count files and the reference ignores {@code first}): 1 and 2 give frames 1 or 2 to
 * the end; 0 exactly the newest frame, -1 the one before it (ULTRACAM and
 * ULTRASPEC refuse a negative first, with one message everywhere); a first
 * past the end gives no frame. The times expected are those of the local
 * file read by number as a reading begun at the first frame given
 * ({@link OpenedRun#frames(int)}), so a server gives what the file gives.
 *
 * <p>Two differences are not disagreements. The ImageJ stack cannot be
 * empty: for a first past the end it refuses, with a message naming how
 * many frames the run has, and that counts as agreeing with "no frame". And
 * the stack has no end to report, so only the other three are compared on
 * how the sequence stopped ("end" for a local run read from first &gt;= 1,
 * "none yet" for first &lt;= 0 and for servers, which cannot tell that a run
 * is finished).
 */
class EntryPointsAgreeTest {

    /** The entry points compared. */
    enum EntryPoint { LIBRARY, CLI_DUMP, MACRO_FUNCTIONS, IMAGEJ_STACK }

    /** How a sequence stopped, in the macro functions' words; {@link #UNSAID} for the stack. */
    private static final String END = "end";
    private static final String NONE_YET = "none yet";
    private static final String UNSAID = "(the stack does not say)";

    private static final Path TESTDATA = Path.of("testdata").toAbsolutePath();

    @TempDir
    static Path tmp;
    private static FileServer server;
    private static String url;
    private static HeadlessImageJ ij;

    /**
     * A source of testdata.
     *
     * @param source source code
     * @param resource what it is opened as
     * @param local for a served run, the same run as a local source (null for a local one)
     * @param frames frames in the run
     * @param negativeRefused true for ULTRACAM/ULTRASPEC runs
     */
    record Source(String source, String resource, Source local, int frames, boolean negativeRefused) {
        boolean served() {
            return local != null;
        }

        Source file() {
            return served() ? local : this;
        }

        @Override
        public String toString() {
            return source + " " + resource.replace(TESTDATA + "/", "");
        }
    }

    private static Source local(String source, String relative, int frames, boolean negativeRefused) {
        return new Source(source, TESTDATA.resolve(relative).toString(), null, frames, negativeRefused);
    }

    // ---------------------------------------------------------------- what is compared

    /** What an entry point gave. */
    sealed interface Outcome permits Frames, Refused {
    }

    /**
     * @param frames the frames, in the order given
     * @param ending how the sequence stopped: {@link #END}, {@link #NONE_YET} or {@link #UNSAID}
     */
    record Frames(List<Seen> frames, String ending) implements Outcome {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(frames.isEmpty() ? "no frame" : "frames");
            for (Seen s : frames) {
                b.append("\n      ").append(s);
            }
            return b.append("\n      then ").append(ending).toString();
        }
    }

    /** @param message what the user is told */
    record Refused(String message) implements Outcome {
        @Override
        public String toString() {
            return "refused: " + message;
        }
    }

    /**
     * @param number frame number in the run
     * @param ccds each CCD, in the run's order
     */
    record Seen(int number, List<CcdSeen> ccds) {
        @Override
        public String toString() {
            return "frame " + number + " " + ccds;
        }
    }

    /**
     * @param label CCD label
     * @param mjd its MJDUTC (records compare doubles bit for bit)
     * @param pixels its pixels that are not NaN
     * @param mean their mean
     */
    record CcdSeen(String label, double mjd, long pixels, double mean) {
        @Override
        public String toString() {
            return label + ": MJD " + mjd + ", " + pixels + " px, mean " + mean;
        }
    }

    // ---------------------------------------------------------------- the matrix

    static Stream<Arguments> cells() {
        Source hl = local("hl", "hcam/run0001", 3, false);
        Source hl2 = local("hl", "hcam/run0002", 4, false);
        Source ucam = local("ul", "ucam/run001", 3, true);
        Source uspec = local("ul", "ucam/run010", 3, true);
        Source hf = local("hf", "hcm/frames.lis", 3, false);
        List<Source> sources = List.of(hl, hl2, ucam, uspec, hf,
                new Source("hs", "hcam/run0001", hl, 3, false),
                new Source("us", "ucam/run001", ucam, 3, true),
                new Source("us", "ucam/run010", uspec, 3, true));
        List<Arguments> out = new ArrayList<>();
        for (Source s : sources) {
            for (int first : new int[] {1, 2, 0, -1, s.frames() + 1}) {
                out.add(Arguments.of(s, first));
            }
        }
        return out.stream();
    }

    @BeforeAll
    static void start() {
        server = FileServer.start(FileServer.Config.of(TESTDATA).withPort(0).withLog(s -> { }));
        url = server.httpBase().toString();
        ij = HeadlessImageJ.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}, first = {1}")
    @MethodSource("cells")
    void everyEntryPointGivesTheSameFramesTimesAndRefusals(Source s, int first) throws Exception {
        Map<EntryPoint, Outcome> got = new EnumMap<>(EntryPoint.class);
        got.put(EntryPoint.LIBRARY, library(s, first));
        got.put(EntryPoint.CLI_DUMP, dump(s, first));
        got.put(EntryPoint.MACRO_FUNCTIONS, macroFunctions(s, first));
        got.put(EntryPoint.IMAGEJ_STACK, stack(s, first));
        Outcome expected = expected(s, first);
        String table = table(s, first, got, expected);
        Outcome library = got.get(EntryPoint.LIBRARY);
        for (Map.Entry<EntryPoint, Outcome> e : got.entrySet()) {
            assertTrue(agree(library, e.getKey(), e.getValue(), s, first),
                    "the entry points disagree (" + EntryPoint.LIBRARY + " and " + e.getKey() + ")\n" + table);
        }
        assertTrue(agree(expected, EntryPoint.LIBRARY, library, s, first),
                "all agree, but not with the meaning of first\n" + table);
    }

    /**
     * @return true if {@code o}, given by {@code ep}, says what {@code reference} (not from the stack) says
     */
    private static boolean agree(Outcome reference, EntryPoint ep, Outcome o, Source s, int first) {
        if (ep == EntryPoint.IMAGEJ_STACK && reference instanceof Frames f) {
            if (f.frames().isEmpty()) {
                return o instanceof Refused r && r.message().equals(name(s) + ": no frame to show for first = "
                        + first + "; the run has " + s.frames() + " complete frame(s)");
            }
            return o instanceof Frames g && g.frames().equals(f.frames());
        }
        return reference.equals(o);
    }

    private static String table(Source s, int first, Map<EntryPoint, Outcome> got, Outcome expected) {
        StringBuilder b = new StringBuilder(s + ", first = " + first + ":");
        got.forEach((ep, o) -> b.append("\n  ").append(ep).append(": ").append(o));
        return b.append("\n  EXPECTED: ").append(expected).toString();
    }

    // ---------------------------------------------------------------- what first means

    /** The frames the reference's meaning of {@code first} gives, timed from the local file. */
    private static Outcome expected(Source s, int first) {
        Source file = s.file();
        try (OpenedRun run = Runs.open(file.source(), file.resource(), SpoolOptions.defaults())) {
            assertEquals(s.frames(), run.available(), file + ": frames in the sample");
            if (first < 0 && s.negativeRefused()) {
                return new Refused(name(s) + ": first = " + first + " is not allowed for ULTRACAM/ULTRASPEC runs"
                        + " (expected >= 1, or 0 for the last frame)");
            }
            int from = first >= 1 ? first : s.frames() + first;
            int to = first >= 1 ? s.frames() : from;
            String ending = first >= 1 && !s.served() ? END : NONE_YET;
            List<Seen> frames = new ArrayList<>();
            RunReader<Mccd> reader = run.frames(from);
            for (int n = from; n <= to; n++) {
                Poll<Mccd> p = reader.read(n);
                assertInstanceOf(Poll.Ready.class, p, file + ": frame " + n);
                frames.add(seen(n, ((Poll.Ready<Mccd>) p).frame()));
            }
            return new Frames(frames, ending);
        }
    }

    /** The name every message gives the run: the file's or the run's URL. */
    private static String name(Source s) {
        try (OpenedRun run = Runs.open(s.source(), s.resource(), options(s))) {
            return run.name();
        }
    }

    private static SpoolOptions options(Source s) {
        SpoolOptions o = SpoolOptions.defaults().withTimeout(Duration.ofSeconds(10));
        return s.served() ? o.withServerUrl(url) : o;
    }

    private static Seen seen(int number, Mccd frame) {
        List<CcdSeen> ccds = new ArrayList<>();
        for (Map.Entry<String, Ccd> e : frame.ccds().entrySet()) {
            long count = 0;
            double sum = 0;
            for (var w : e.getValue().windows().values()) {
                for (float v : w.toFloats()) {
                    if (!Float.isNaN(v)) {
                        count++;
                        sum += v;
                    }
                }
            }
            double mjd = e.getValue().head().requireDouble("MJDUTC", "frame " + number);
            ccds.add(new CcdSeen(e.getKey(), mjd, count, sum / count));
        }
        return new Seen(number, ccds);
    }

    // ---------------------------------------------------------------- 1. the library

    private static Outcome library(Source s, int first) {
        List<Seen> frames = new ArrayList<>();
        try (Spooler<Mccd> spool = Spoolers.open(s.source(), s.resource(), first, options(s))) {
            while (true) {
                Poll<Mccd> p = spool.poll();
                if (!(p instanceof Poll.Ready<Mccd> r)) {
                    return new Frames(frames, p instanceof Poll.End<Mccd> ? END : NONE_YET);
                }
                assertEquals((long) r.number(), r.frame().head().get("NFRAME"),
                        "NFRAME is the frame number, so the dump's frames can be told by it");
                frames.add(seen(r.number(), r.frame()));
            }
        } catch (HipercamException e) {
            return new Refused(e.getMessage());
        }
    }

    // ---------------------------------------------------------------- 2. the command line

    @SuppressWarnings("unchecked")
    private static Outcome dump(Source s, int first) {
        List<String> args = new ArrayList<>(List.of("dump", s.source(), s.resource(), "--first",
                Integer.toString(first), "--timeout", "10"));
        if (s.served()) {
            args.addAll(List.of("--url", url));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new CliContext(new PrintWriter(out), new PrintWriter(err), k -> null, t -> { }),
                args.toArray(String[]::new));
        if (first > s.frames()) {
            // issue 14: the document is the reference's, and the exit code and stderr say why it has no frame
            assertEquals(1, code, "dump " + args + ": " + err);
            assertEquals("dump: " + name(s) + " has " + s.frames() + " complete frame(s); first = " + first
                    + " is past the end\n", err.toString());
        } else {
            assertEquals(0, code, "dump " + args + ": " + err);
        }
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(out.toString());
        String end = (String) doc.get("end");
        if (end.equals("error")) {
            return new Refused((String) doc.get("error"));
        }
        List<Seen> frames = new ArrayList<>();
        for (Object f : (List<Object>) doc.get("frames")) {
            Map<String, Object> frame = (Map<String, Object>) f;
            int number = ((Long) ((Map<String, Object>) frame.get("head")).get("NFRAME")).intValue();
            List<CcdSeen> ccds = new ArrayList<>();
            for (Object c : (List<Object>) frame.get("ccds")) {
                Map<String, Object> ccd = (Map<String, Object>) c;
                long count = 0;
                double sum = 0;
                for (Object w : (List<Object>) ccd.get("windows")) {
                    Map<String, Object> win = (Map<String, Object>) w;
                    count += (Long) win.get("nx") * (Long) win.get("ny");
                    sum += ((Number) win.get("sum")).doubleValue();
                }
                double mjd = ((Number) ((Map<String, Object>) ccd.get("head")).get("MJDUTC")).doubleValue();
                ccds.add(new CcdSeen((String) ccd.get("label"), mjd, count, sum / count));
            }
            frames.add(new Seen(number, ccds));
        }
        return new Frames(frames, switch (end) {
            case "stop" -> END;
            case "none" -> NONE_YET;
            default -> "dump end '" + end + "'";
        });
    }

    // ---------------------------------------------------------------- 3. the macro functions

    private static Outcome macroFunctions(Source s, int first) throws Exception {
        Path out = Files.createTempFile(tmp, "ext", ".txt");
        Files.delete(out);
        String server = s.served() ? "Ext.setServerUrl(\"" + url + "\");\n" : "";
        String macro = "setBatchMode(true);\nclose(\"*\");\nrun(\"HiPERCAM Macro Extensions\");\n" + server
                + "Ext.openRun(\"" + s.source() + "\", \"" + s.resource() + "\", " + first + ");\n"
                + "pars = split(Ext.getCcdPars(), \"\\n\");\n"
                + "s = \"\";\n"
                + "for (c = 0; c < pars.length; c++) {\n"
                + "  items = split(pars[c], \",\");\n"
                + "  ccd = items[0];\n"
                + "  n = Ext.nextFrame(ccd);\n"
                + "  while (n != \"end\" && n != \"none yet\") {\n"
                + "    t = Ext.getMjd(parseInt(n), ccd, mjd);\n"
                + "    getRawStatistics(count, mean);\n"
                + "    s = s + \"frame\\t\" + ccd + \"\\t\" + n + \"\\t\" + t + \"\\t\" + d2s(count, 0)"
                + " + \"\\t\" + String.format(\"%.17g\", mean) + \"\\n\";\n"
                + "    close();\n"
                + "    n = Ext.nextFrame(ccd);\n"
                + "  }\n"
                + "  s = s + \"stopped\\t\" + ccd + \"\\t\" + n + \"\\n\";\n"
                + "}\n"
                + "Ext.close();\n"
                + "File.saveString(s, " + HeadlessImageJ.quote(out) + ");\n";
        String err = Stderr.of(() -> ij.runMacro(macro, ""));
        if (!Files.exists(out)) {
            return new Refused(refusal(err, "Ext.openRun: "));
        }
        Map<Integer, List<CcdSeen>> byNumber = new TreeMap<>();
        Map<String, String> stopped = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("stopped")) {
                stopped.put(f[1], f[2]);
                continue;
            }
            int n = Integer.parseInt(f[2]);
            if (!byNumber.containsKey(n)) {
                order.add(n);
            }
            byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(new CcdSeen(f[1], Double.parseDouble(f[3]),
                    Long.parseLong(f[4]), Double.parseDouble(f[5])));
        }
        List<Seen> frames = order.stream().map(n -> new Seen(n, byNumber.get(n))).toList();
        String ending = stopped.values().stream().distinct().count() == 1 ? stopped.values().iterator().next()
                : "CCDs stopped differently: " + stopped;
        return new Frames(frames, ending);
    }

    // ---------------------------------------------------------------- 4. the ImageJ stack

    private static Outcome stack(Source s, int first) throws Exception {
        Path out = Files.createTempFile(tmp, "stack", ".txt");
        Files.delete(out);
        String server = s.served() ? " server=[" + url + "]" : "";
        String macro = "setBatchMode(true);\nclose(\"*\");\n"
                + "run(\"Open Run...\", \"source=" + s.source() + " run=[" + s.resource() + "] ccd=all first="
                + first + " last=0" + server + "\");\n"
                + "s = \"\";\n"
                + "for (i = 1; i <= nImages; i++) {\n"
                + "  selectImage(i);\n"
                + "  s = s + \"image\\t\" + getTitle() + \"\\t\" + nSlices + \"\\n\";\n"
                + "  for (k = 1; k <= nSlices; k++) {\n"
                + "    setSlice(k);\n"
                + "    getRawStatistics(count, mean);\n"
                + "    s = s + \"slice\\t\" + replace(getMetadata(\"Label\"), \"\\n\", \"|\") + \"\\t\""
                + " + d2s(count, 0) + \"\\t\" + String.format(\"%.17g\", mean) + \"\\n\";\n"
                + "  }\n"
                + "}\n"
                + "close(\"*\");\n"
                + "File.saveString(s, " + HeadlessImageJ.quote(out) + ");\n";
        String err = Stderr.of(() -> ij.runMacro(macro, ""));
        if (!Files.exists(out)) {
            return new Refused(refusal(err, ""));
        }
        Map<Integer, List<CcdSeen>> byNumber = new TreeMap<>();
        List<Integer> order = new ArrayList<>();
        String ccd = null;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("image")) {
                ccd = f[1].substring(f[1].lastIndexOf(" CCD ") + 5);
                continue;
            }
            Map<String, String> label = labelItems(f[1]);
            assertTrue(label.containsKey("FRAME") && label.containsKey("MJDUTC"), "slice label: " + f[1]);
            int n = Integer.parseInt(label.get("FRAME"));
            if (!byNumber.containsKey(n)) {
                order.add(n);
            }
            byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(new CcdSeen(ccd,
                    Double.parseDouble(label.get("MJDUTC")), Long.parseLong(f[2]), Double.parseDouble(f[3])));
        }
        return new Frames(order.stream().map(n -> new Seen(n, byNumber.get(n))).toList(), UNSAID);
    }

    /** The KEY = value lines of a slice label (lines joined by '|'). */
    private static Map<String, String> labelItems(String label) {
        Map<String, String> items = new LinkedHashMap<>();
        for (String line : label.split("\\|")) {
            int eq = line.indexOf(" = ");
            if (eq > 0) {
                items.put(line.substring(0, eq), line.substring(eq + 3));
            }
        }
        return items;
    }

    /**
     * The message a stopped macro printed: the line holding {@code prefix}
     * (the first line if empty), without ImageJ's "Macro Error: " before it
     * and " in line N" after it.
     */
    private static String refusal(String stderr, String prefix) {
        for (String line : stderr.split("\n")) {
            int at = line.indexOf(prefix);
            if (at >= 0 && !line.isBlank()) {
                return line.substring(at + prefix.length()).strip().replaceFirst("^Macro Error: ", "")
                        .replaceFirst(" in line \\d+$", "");
            }
        }
        return fail("the macro stopped without a message; stderr: " + stderr);
    }
}
