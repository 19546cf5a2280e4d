package io.github.hipercam.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.testutil.ToyInstrument;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void hfIgnoresFirst() throws Exception {
        String lis = threeFrameList().toString();
        for (int first : new int[] {1, 3, 0, -2}) {
            try (Spooler<Mccd> spool = Spoolers.open("hf", lis, first, OPTS)) {
                assertEquals(List.of(1L, 2L, 3L), nframes(spool), "first = " + first);
            }
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
        ToyInstrument.define("ccd-check", 2, 1, true);
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.openCcd("toycam:local", "ccd-check", 1,
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
    void pluginInstrumentIsRegisteredAndSpooled() {
        assertTrue(Instruments.names().containsAll(List.of("toycam", "toylocal")), Instruments.names().toString());
        ToyInstrument.define("toy-run", 2, 4, true);
        try (Spooler<Mccd> spool = Spoolers.open("toycam:local", "toy-run", 1)) {
            List<Mccd> got = new ArrayList<>();
            spool.forEach(got::add);
            assertEquals(4, got.size());
            assertEquals(SynthHcm.pixel(2, 2, 4, 1, 1), got.get(3).ccd("2").window("F1").get(1, 1));
        }
        try (Spooler<Mccd> spool = Spoolers.open("toylocal:local", "toy-run", 3)) {
            assertEquals(List.of(3L, 4L), nframes(spool));
        }
    }

    @Test
    void firstOfARawRunFollowsTheReference() {
        ToyInstrument.Run run = ToyInstrument.define("toy-live", 1, 5, false);
        try (Spooler<Mccd> last = Spoolers.open("toycam:local", "toy-live", 0);
                Spooler<Mccd> behind = Spoolers.open("toycam:local", "toy-live", -2)) {
            assertEquals(5, assertInstanceOf(Poll.Ready.class, last.poll()).number());
            assertInstanceOf(Poll.NotYet.class, last.poll());
            assertEquals(3, assertInstanceOf(Poll.Ready.class, behind.poll()).number());
            run.grow(7);
            assertEquals(7, assertInstanceOf(Poll.Ready.class, last.poll()).number());
            assertEquals(5, assertInstanceOf(Poll.Ready.class, behind.poll()).number());
        }
        try (Spooler<Mccd> spool = Spoolers.open("toycam:local", "toy-live", 6)) {
            assertEquals(List.of(6L, 7L), nframes(spool), "a live run's for-each stops at 'not yet'");
            assertInstanceOf(Poll.NotYet.class, spool.poll());
            run.finish();
            assertInstanceOf(Poll.End.class, spool.poll());
        }
    }

    @Test
    void oneCcdOfARawRun() {
        ToyInstrument.define("toy-ccd", 3, 2, true);
        try (Spooler<Ccd> spool = Spoolers.openCcd("toycam:local", "toy-ccd", 1, "2", OPTS)) {
            Poll.Ready<?> p = assertInstanceOf(Poll.Ready.class, spool.poll());
            Ccd c = (Ccd) p.frame();
            assertEquals(SynthHcm.pixel(2, 1, 1, 0, 2), c.window("E1").get(0, 2));
            assertEquals(2, assertInstanceOf(Poll.Ready.class, spool.poll()).number());
            assertInstanceOf(Poll.End.class, spool.poll());
        }
    }

    @Test
    void pluginsAnswerCcdParsAndServerAccess() {
        ToyInstrument.define("toy-pars", 2, 0, false);
        SpoolOptions o = OPTS.withServerUrl("http://127.0.0.1:9/");
        assertEquals(List.of(new CcdPars("1", 2048, 1024, 50, 8), new CcdPars("2", 2048, 1024, 50, 8)),
                Spoolers.ccdPars("toycam:server", "toy-pars", o));
        assertEquals(o, ToyInstrument.optionsUsed("toy-pars"));
        try (RunReader<Mccd> r = Spoolers.openReader("toycam:server", "toy-pars", o)) {
            assertEquals("http://127.0.0.1:9/toy-pars", r.name());
            assertEquals(0, r.available());
        }
    }

    @Test
    void hipercamLocalMeansHl() {
        Map<String, Instrument> all = Instruments.all();
        if (all.containsKey("hipercam")) {
            Spoolers.RawSource hl = Spoolers.RawSource.parse("hl");
            assertEquals("hipercam", hl.instrument().name());
            assertEquals(Access.LOCAL, hl.access());
            assertEquals(hl.instrument().getClass(), Spoolers.RawSource.parse("hipercam:local").instrument().getClass());
        }
        assertEquals(Spoolers.RawSource.parse("toycam:local").instrument().getClass(), ToyInstrument.class);
        assertEquals(Access.SERVER, Spoolers.RawSource.parse("toycam:server").access());
    }

    @Test
    void anUnknownSourceListsTheValidChoices() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("xx", "run0001", 1));
        String msg = e.getMessage();
        assertTrue(msg.startsWith("'xx' is not a recognised data source; valid choices are hl, hs, ul, us, hf, "), msg);
        assertTrue(msg.contains("toycam:local, toycam:server"), msg);
        assertTrue(msg.contains("toylocal:local"), msg);
        assertFalse(msg.contains("toylocal:server"), msg);
    }

    @Test
    void aBadPluginSuffixListsTheValidChoices() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("toycam:remote", "run0001", 1));
        assertTrue(e.getMessage().startsWith("'toycam:remote' has suffix ':remote'; a plugin source must end with"
                + " ':local' or ':server'; valid choices are hl, hs, ul, us, hf, "), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Spoolers.ccdPars("nocam:local", "run0001"));
        assertTrue(e.getMessage().startsWith("'nocam:local' names instrument 'nocam', which is not registered;"
                + " valid choices are "), e.getMessage());
    }

    @Test
    void anInstrumentWithoutServerRefusesServerAccess() {
        ToyInstrument.define("toy-srv", 1, 1, true);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("toylocal:server", "toy-srv", 1));
        assertTrue(e.getMessage().startsWith("'toylocal:server' asks for a server, but instrument toylocal has no"
                + " server access; valid choices are "), e.getMessage());
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
                () -> Spoolers.open("toycam:local", "no-such-run", 1));
        assertEquals("toycam: no run 'no-such-run'", s.getMessage());
    }

    @Test
    void validChoicesAndServerSources() {
        List<String> v = Spoolers.validChoices();
        assertEquals(List.of("hl", "hs", "ul", "us", "hf"), v.subList(0, 5));
        assertTrue(v.contains("toycam:server"));
        assertTrue(Spoolers.isServer("hs") && Spoolers.isServer("us") && Spoolers.isServer("toycam:server"));
        assertFalse(Spoolers.isServer("hl") || Spoolers.isServer("hf") || Spoolers.isServer("toycam:local"));
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
