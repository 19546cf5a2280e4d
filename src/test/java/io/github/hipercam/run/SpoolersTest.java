package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.format.Formats;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.source.ByteSources;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.testutil.MemoryRuns;
import io.github.hipercam.testutil.ToyFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data_source and get_ccd_pars ({@link Spoolers}) for hf and plugin sources, and their errors. */
class SpoolersTest {

    @TempDir
    Path dir;

    private static final SpoolOptions OPTS = SpoolOptions.defaults();

    private static List<Long> nframes(Spooler<? extends Frame> spool) {
        List<Long> out = new ArrayList<>();
        for (Frame f : spool) {
            Object n = f instanceof Ccd c ? c.head().get("NFRAME") : f.head().get("NFRAME");
            out.add(n == null ? -1L : ((Number) n).longValue());
        }
        return out;
    }

    private Path threeFrameList() throws Exception {
        SynthHcm.writeList(dir, 3, 3, false);
        return dir.resolve("frames.lis");
    }

    /** Unlike the reference, which ignores {@code first} for lists, hf steps as every source does. */
    @Test
    void hfHonoursFirst() throws Exception {
        String lis = threeFrameList().toString();
        Map<Integer, List<Long>> expected = Map.of(1, List.of(1L, 2L, 3L), 3, List.of(3L), 0, List.of(3L),
                -2, List.of(1L));
        for (Map.Entry<Integer, List<Long>> e : expected.entrySet()) {
            try (Spooler<Mccd> spool = Spoolers.open("hf", lis, e.getKey(), OPTS)) {
                assertEquals(e.getValue(), nframes(spool), "first = " + e.getKey());
            }
        }
        try (Spooler<Mccd> spool = Spoolers.open("hf", lis, 4, OPTS)) {
            assertInstanceOf(Poll.End.class, spool.poll(), "a list does not grow: past its end is the end");
        }
    }

    @Test
    void hfCcdParsComeFromTheFirstFile() throws Exception {
        Path lis = threeFrameList();
        List<CcdPars> pars = Spoolers.ccdPars("hf", lis.toString());
        assertEquals(List.of(new CcdPars("1", 2048, 1024, 50, 8), new CcdPars("2", 2048, 1024, 50, 8),
                new CcdPars("3", 2048, 1024, 50, 8)), pars);
        Files.writeString(lis, "# only the first file is looked at\nframe_002\nno_such_frame\n");
        assertEquals(pars, Spoolers.ccdPars("hf", lis.toString()));
    }

    @Test
    void hfOneCcdThroughTheOptions() throws Exception {
        String lis = threeFrameList().toString();
        try (Spooler<Ccd> spool = Spoolers.openCcd("hf", lis, 1, OPTS.withCcd("3"))) {
            List<Ccd> got = new ArrayList<>();
            spool.forEach(got::add);
            assertEquals(3, got.size());
            assertEquals(SynthHcm.pixel(3, 1, 2, 4, 9), got.get(1).window("E1").get(4, 9));
            assertEquals("frame_002.hcm", got.get(1).head().get("FILENAME"));
        }
    }

    @Test
    void aWrongCcdLabelFailsAtOpen() throws Exception {
        String lis = threeFrameList().toString();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.openCcd("hf", lis, 1, "9", OPTS));
        assertEquals(lis + ": no CCD '9'; CCDs are [1, 2, 3]", e.getMessage());
        ToyFormat.run("ccd-check", 2, 1, true);
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.openCcd("toycam:memory", "ccd-check", 1,
                OPTS.withCcd("3")));
        assertEquals("ccd-check: no CCD '3'; CCDs are [1, 2]", e.getMessage());
    }

    @Test
    void openWithACcdLabelPointsToOpenCcd() throws Exception {
        String lis = threeFrameList().toString();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("hf", lis, 1, OPTS.withCcd("1")));
        assertTrue(e.getMessage().startsWith("options ask for CCD '1' alone; open single CCDs with Spoolers.openCcd"),
                e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.openCcd("hf", lis, 1, OPTS));
        assertTrue(e.getMessage().startsWith("openCcd needs a CCD label"), e.getMessage());
    }

    @Test
    void pluginFormatAndByteSourceAreRegisteredAndSpooled() {
        assertTrue(Formats.names().contains("toycam"), Formats.names().toString());
        assertTrue(ByteSources.all().containsKey("memory"), ByteSources.all().keySet().toString());
        ToyFormat.run("toy-run", 2, 4, true);
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "toy-run", 1)) {
            List<Mccd> got = new ArrayList<>();
            spool.forEach(got::add);
            assertEquals(4, got.size());
            assertEquals(SynthHcm.pixel(2, 2, 4, 1, 1), got.get(3).ccd("2").window("F1").get(1, 1));
        }
        try (Spooler<Mccd> spool = Spoolers.open("toycam:server", "toy-run", 3)) {
            assertEquals(List.of(3L, 4L), nframes(spool));
        }
    }

    @Test
    void firstOfARawRunFollowsTheReference() {
        MemoryRuns.Run run = ToyFormat.run("toy-live", 1, 5, false);
        try (Spooler<Mccd> last = Spoolers.open("toycam:memory", "toy-live", 0);
                Spooler<Mccd> behind = Spoolers.open("toycam:memory", "toy-live", -2)) {
            assertEquals(5, assertInstanceOf(Poll.Ready.class, last.poll()).number());
            assertInstanceOf(Poll.NotYet.class, last.poll());
            assertEquals(3, assertInstanceOf(Poll.Ready.class, behind.poll()).number());
            ToyFormat.grow(run, 5, 7);
            assertEquals(7, assertInstanceOf(Poll.Ready.class, last.poll()).number());
            assertEquals(5, assertInstanceOf(Poll.Ready.class, behind.poll()).number());
        }
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "toy-live", 6)) {
            assertEquals(List.of(6L, 7L), nframes(spool), "a live run's for-each stops at 'not yet'");
            assertInstanceOf(Poll.NotYet.class, spool.poll());
            run.finish();
            assertInstanceOf(Poll.End.class, spool.poll());
        }
    }

    @Test
    void oneCcdOfARawRun() {
        ToyFormat.run("toy-ccd", 3, 2, true);
        try (Spooler<Ccd> spool = Spoolers.openCcd("toycam:memory", "toy-ccd", 1, "2", OPTS)) {
            Poll.Ready<?> p = assertInstanceOf(Poll.Ready.class, spool.poll());
            Ccd c = (Ccd) p.frame();
            assertEquals(SynthHcm.pixel(2, 1, 1, 0, 2), c.window("E1").get(0, 2));
            assertEquals(2, assertInstanceOf(Poll.Ready.class, spool.poll()).number());
            assertInstanceOf(Poll.End.class, spool.poll());
        }
    }

    @Test
    void pluginsAnswerCcdParsAndServerAccess() {
        MemoryRuns.Run run = ToyFormat.run("toy-pars", 2, 0, false);
        SpoolOptions o = OPTS.withServerUrl("http://127.0.0.1:9/");
        assertEquals(List.of(new CcdPars("1", 2048, 1024, 50, 8), new CcdPars("2", 2048, 1024, 50, 8)),
                Spoolers.ccdPars("toycam:server", "toy-pars", o));
        assertEquals(o, run.options(), "the byte source is given the options");
        SpoolOptions other = o.withTimeout(java.time.Duration.ofSeconds(3));
        try (OpenedRun opened = Runs.open("toycam:server", "toy-pars", other)) {
            assertEquals(other, run.options());
            RunReader<Mccd> r = opened.frames();
            assertEquals("memory:toy-pars", r.name(), "named by the byte source");
            assertEquals(0, r.available());
        }
    }

    @Test
    void hipercamLocalMeansHl() {
        SourceCode.Raw hl = assertInstanceOf(SourceCode.Raw.class, SourceCode.parse("hl"));
        assertEquals("hipercam", hl.format().name());
        assertEquals("file", hl.provider().name());
        assertTrue(hl.provider().local());
        SourceCode.Raw local = assertInstanceOf(SourceCode.Raw.class, SourceCode.parse("hipercam:local"));
        assertEquals(hl.format().getClass(), local.format().getClass());
        assertEquals(hl.provider().name(), local.provider().name());
        SourceCode.Raw toy = assertInstanceOf(SourceCode.Raw.class, SourceCode.parse("toycam:server"));
        assertEquals(ToyFormat.class, toy.format().getClass());
        assertEquals("memory", toy.provider().name(), "the only byte source of the toy layout, a server");
        assertEquals("memory", ((SourceCode.Raw) SourceCode.parse("toycam:memory")).provider().name());
        assertInstanceOf(SourceCode.FileList.class, SourceCode.parse("hf"));
    }

    @Test
    void anUnknownSourceListsTheValidChoices() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("xx", "run0001", 1));
        String msg = e.getMessage();
        assertTrue(msg.startsWith("'xx' is not a recognised data source; valid choices are hl, hs, ul, us, hf, "), msg);
        assertTrue(msg.contains("hipercam:local, hipercam:server"), msg);
        assertTrue(msg.contains("toycam:server"), msg);
        assertFalse(msg.contains("toycam:local"), "no local byte source delivers toy runs: " + msg);
    }

    @Test
    void aBadByteSourceNameListsTheValidChoices() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("toycam:remote", "run0001", 1));
        assertTrue(e.getMessage().startsWith("'toycam:remote' names byte source 'remote', which is not registered;"
                + " a source code ends in ':local', ':server' or a byte source's name; valid choices are hl, hs, ul,"
                + " us, hf, "), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.ccdPars("nocam:local", "run0001"));
        assertTrue(e.getMessage().startsWith("'nocam:local' names instrument 'nocam', which is not registered;"
                + " valid choices are "), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.open("toycam:", "run0001", 1));
        assertTrue(e.getMessage().startsWith("'toycam:' is not a recognised data source; valid choices are "),
                e.getMessage());
    }

    @Test
    void aLayoutNoByteSourceDeliversIsRefused() {
        ToyFormat.run("toy-srv", 1, 1, true);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("toycam:local", "toy-srv", 1));
        assertTrue(e.getMessage().startsWith("'toycam:local' asks for local files, but no byte source of that kind"
                + " delivers toycam runs (toy); valid choices are "), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.open("toycam:file", "toy-srv", 1));
        assertTrue(e.getMessage().startsWith("'toycam:file' names byte source 'file', which does not deliver toycam"
                + " runs (toy); valid choices are "), e.getMessage());
        try (Spooler<Mccd> spool = Spoolers.open("toycam:server", "toy-srv", 1)) {
            assertEquals(List.of(1L), nframes(spool));
        }
    }

    @Test
    void missingSourceOrResource() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Spoolers.open("hf", " ", 1));
        assertEquals("source hf needs a resource (run name or file list), got ' '", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.ccdPars(null, "run1"));
        assertTrue(e.getMessage().startsWith("'null' is not a recognised data source; valid choices are"),
                e.getMessage());
        SourceAccessException s = assertThrows(SourceAccessException.class,
                () -> Spoolers.open("toycam:memory", "no-such-run", 1));
        assertEquals("memory: no run 'no-such-run'", s.getMessage());
    }

    @Test
    void validChoicesAndServerSources() {
        List<String> v = Spoolers.validChoices();
        assertEquals(List.of("hl", "hs", "ul", "us", "hf"), v.subList(0, 5));
        assertTrue(v.contains("toycam:server"));
        assertTrue(v.containsAll(List.of("hipercam:local", "hipercam:server", "ultracam:local", "ultracam:server",
                "ultraspec:local", "ultraspec:server")), v.toString());
        assertTrue(Spoolers.isServer("hs") && Spoolers.isServer("us") && Spoolers.isServer("toycam:server")
                && Spoolers.isServer("toycam:memory"));
        assertFalse(Spoolers.isServer("hl") || Spoolers.isServer("hf") || Spoolers.isServer("hipercam:local")
                || Spoolers.isServer("ultracam:file"));
    }

    @Test
    void serverUrlFollowsTheReferenceEnvironment() {
        Map<String, String> env = Map.of("HIPERCAM_DEFAULT_URL", "example.org:9000/",
                "ULTRACAM_DEFAULT_URL", "http://u.example.org/");
        assertEquals("example.org:9000/", OPTS.serverUrlFor("hipercam", env::get));
        assertEquals("http://u.example.org/", OPTS.serverUrlFor("ultracam", env::get));
        assertEquals("http://u.example.org/", OPTS.serverUrlFor("ultraspec", env::get));
        assertEquals("localhost:8007/", OPTS.serverUrlFor("hipercam", k -> null));
        assertEquals("http://localhost:8007/", OPTS.serverUrlFor("ultraspec", k -> null));
        assertEquals("x:1/", OPTS.withServerUrl("x:1/").serverUrlFor("ultracam", env::get));
    }

    /** @return FITS header cards, each padded to 80 characters, the block padded to 2880 bytes */
    private static byte[] cards(String... cards) {
        StringBuilder b = new StringBuilder();
        for (String c : cards) {
            b.append(String.format("%-80s", c));
        }
        b.append(String.format("%-80s", "END"));
        while (b.length() % 2880 != 0) {
            b.append(' ');
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void hfCcdParsReadNoPixels() throws Exception {
        // one window claiming 50000 x 50000 float64 pixels (20 GB, a sparse file): reading them would
        // exhaust the heap, while the headers alone give the CCD geometry
        Path big = dir.resolve("big.hcm");
        byte[] primary = cards("SIMPLE  =                    T", "BITPIX  =                    8",
                "NAXIS   =                    0", "HIPERCAM= 'MCCD    '", "NUMCCD  =                    1");
        byte[] image = cards("XTENSION= 'IMAGE   '", "BITPIX  =                  -64", "NAXIS   =                    2",
                "NAXIS1  =                50000", "NAXIS2  =                50000", "PCOUNT  =                    0",
                "GCOUNT  =                    1", "CCD     = '1       '", "WINDOW  = 'E1      '",
                "NXTOT   =                 2048", "NYTOT   =                 1024", "NUMWIN  =                    1",
                "NXPAD   =                   50", "NYPAD   =                    8", "LLX     =                    1",
                "LLY     =                    1", "XBIN    =                    1", "YBIN    =                    1");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.write(primary);
            f.write(image);
            long data = 50_000L * 50_000L * 8;
            f.setLength(primary.length + image.length + (data + 2879) / 2880 * 2880);
        }
        Path lis = dir.resolve("big.lis");
        Files.writeString(lis, "big\n");
        assertEquals(List.of(new CcdPars("1", 2048, 1024, 50, 8)), Spoolers.ccdPars("hf", lis.toString()));
        try (Spooler<Mccd> spool = Spoolers.open("hf", lis.toString(), 1)) {
            SourceAccessException e = assertThrows(SourceAccessException.class, spool::poll);
            assertTrue(e.getMessage().startsWith(big + ": HDU 1 holds 20000000000 bytes of pixels; reading them"
                    + " needs about twice that, but the Java heap is "), e.getMessage());
        }
    }
}
