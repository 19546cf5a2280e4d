package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.bytes.LocalFiles;
import io.github.hipercam.cli.Dump;
import io.github.hipercam.format.Formats;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.HcamDiskSpool;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random access, the meaning of {@code first}, minimal headers, timing-only reads and the instrument. */
class HcamRunReaderTest {

    private static final HcamRunSpec SPEC = HcamRunSpec.of("OneWindow").withScans(true, true).withBinning(2, 2)
            .withNskips(0, 1, 2, 0, 3).withFrames(7);

    @TempDir
    Path dir;

    private Path run() {
        return HcamRunWriter.write(dir.resolve("run0010.fits"), SPEC, true);
    }

    private static OpenedRun open(Path run, SpoolOptions options) {
        return Runs.open("hl", run.toString(), options);
    }

    private static Mccd ready(Poll<Mccd> p) {
        assertInstanceOf(Poll.Ready.class, p);
        return ((Poll.Ready<Mccd>) p).frame();
    }

    @Test
    void jumpsGiveTheSameFramesAndTimesAsSequentialReads() {
        Path run = run();
        List<Mccd> sequential = new ArrayList<>();
        try (Spooler<Mccd> s = Spoolers.open("hl", run.toString().replace(".fits", ""), 1)) {
            s.forEach(sequential::add);
        }
        assertEquals(7, sequential.size());
        try (OpenedRun opened = open(run, SpoolOptions.defaults()); RunReader<Mccd> r = opened.frames()) {
            assertEquals(7, r.available());
            for (int n : new int[] {6, 2, 7, 1, 4, 4, 3, 5}) {
                Mccd jumped = ready(r.read(n));
                Mccd seq = sequential.get(n - 1);
                assertEquals(seq.head(), jumped.head(), "frame " + n);
                for (String c : seq.labels()) {
                    assertEquals(seq.ccd(c).head(), jumped.ccd(c).head(), "frame " + n + " CCD " + c);
                    for (Map.Entry<String, Window> w : seq.ccd(c).windows().entrySet()) {
                        assertEquals(Dump.sha256(w.getValue()), Dump.sha256(jumped.ccd(c).window(w.getKey())));
                    }
                }
            }
            assertInstanceOf(Poll.End.class, r.read(8));
        }
    }

    @Test
    void threadsReadingAtOnceGetTheSameFrames() throws Exception {
        Path run = HcamRunWriter.write(dir.resolve("big.fits"),
                HcamRunSpec.of("FullFrame").withBinning(2, 2).withFrames(4), true);
        try (OpenedRun opened = open(run, SpoolOptions.defaults()); RunReader<Mccd> r = opened.frames()) {
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= 4; n++) {
                expected.add(Dump.sha256(ready(r.read(n)).ccd("2").window("G1")));
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 12; t++) {
                    int n = 4 - t % 4;
                    results.add(pool.submit(() -> expected.get(n - 1)
                            .equals(Dump.sha256(ready(r.read(n)).ccd("2").window("G1")))));
                }
                for (java.util.concurrent.Future<Boolean> f : results) {
                    assertTrue(f.get());
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(4, new java.util.HashSet<>(expected).size());
        }
    }

    @Test
    void firstAboveOneZeroAndNegative() {
        Path run = run();
        String name = run.toString();
        try (Spooler<Mccd> s = HcamDiskSpool.open(name, 5, SpoolOptions.defaults())) {
            List<Long> numbers = new ArrayList<>();
            s.forEach(m -> numbers.add((Long) m.head().get("NFRAME")));
            assertEquals(List.of(5L, 6L, 7L), numbers);
        }
        try (Spooler<Mccd> s = Spoolers.open("hl", name, 0)) {
            assertEquals(7L, ready(s.poll()).head().get("NFRAME"));
            assertInstanceOf(Poll.NotYet.class, s.poll());
        }
        try (Spooler<Mccd> s = Spoolers.open("hl", name, -2)) {
            assertEquals(5L, ready(s.poll()).head().get("NFRAME"));
            assertInstanceOf(Poll.NotYet.class, s.poll());
        }
    }

    @Test
    void timingSpoolGivesTheTimesOfTheFullDecode() {
        Path run = run();
        try (OpenedRun opened = open(run, SpoolOptions.defaults()); RunReader<Mccd> full = opened.frames();
                OpenedRun forTimes = open(run, SpoolOptions.defaults())) {
            HcamReadout readout = HcamReadout.parse(forTimes.raw().header(), forTimes.name(), true);
            int n = 2;
            for (FrameTimes t : new HcamTbytesSpool(readout, forTimes.raw(), 2)) {
                Mccd m = ready(full.read(n));
                assertEquals(n, t.number());
                assertEquals((double) m.head().get("MJDUTC"), t.mjd(), 0.0);
                for (int c = 0; c < 5; c++) {
                    Header h = m.ccd(Integer.toString(c + 1)).head();
                    FrameTimes.CcdTimes ct = t.ccds().get(c);
                    assertEquals((double) h.get("MJDUTC"), ct.mjd(), 0.0);
                    assertEquals((double) h.get("EXPTIME"), ct.exptime(), 0.0);
                    assertEquals(h.get("GOODTIME"), ct.goodTime());
                    assertEquals(h.get("DSTATUS"), ct.dataValid());
                }
                n++;
            }
            assertEquals(8, n);
        }
    }

    @Test
    void minimalHeadersKeepOnlyWhatTimingNeeds() {
        try (OpenedRun opened = open(run(), SpoolOptions.defaults().withFull(false));
                RunReader<Mccd> r = opened.frames()) {
            Mccd m = ready(r.read(1));
            List<String> top = m.head().cards().stream().map(c -> c.key()).toList();
            assertEquals(List.of("CLEAR", "EXPTIME", "TIMSTAMP", "MJDINT", "MJDFRAC", "MJDUTC", "GOODTIME", "NFRAME"),
                    top);
            List<String> ccd = m.ccd("2").head().cards().stream().map(c -> c.key()).toList();
            assertEquals(List.of("NCYCLE", "DSTATUS", "MJDINT", "MJDFRAC", "MJDUTC", "GOODTIME", "EXPTIME"), ccd);
            assertEquals(2L, m.ccd("2").head().get("NCYCLE"));
        }
        try (OpenedRun opened = open(run(), SpoolOptions.defaults()); RunReader<Mccd> r = opened.frames()) {
            Mccd m = ready(r.read(1));
            assertEquals("OneWindow", m.head().get("MODE"));
            assertEquals(2L, m.head().get("XBIN"));
            assertEquals("GTC", m.head().get("TELESCOP"));
            assertEquals(true, m.ccd("2").head().get("REFLECT"));
            assertEquals(4.6, (double) m.ccd("2").head().get("RONOISE"), 1e-12);
            assertEquals(1.11, (double) m.ccd("2").head().get("GAIN"), 1e-12);
        }
    }

    @Test
    void droppedFramesAreWarnedOnceThroughLogging() {
        Path run = HcamRunWriter.write(dir.resolve("drop.fits"),
                HcamRunSpec.of("OneWindow").withFrames(4).withCounters(1L, 2L, 5L, 6L), true);
        List<LogRecord> seen = new ArrayList<>();
        Logger log = Logger.getLogger(HcamDecoding.class.getName());
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(h);
        try (OpenedRun opened = open(run, SpoolOptions.defaults()); RunReader<Mccd> r = opened.frames()) {
            for (int n = 4; n >= 1; n--) {
                r.read(n);
            }
        } finally {
            log.removeHandler(h);
        }
        assertEquals(1, seen.size());
        assertEquals(Level.WARNING, seen.get(0).getLevel());
        String msg = java.text.MessageFormat.format(seen.get(0).getMessage(), seen.get(0).getParameters());
        assertTrue(msg.contains("frame 3") && msg.contains("2 frame(s)"), msg);
    }

    @Test
    void instrumentIsRegisteredWithFixedCcdParameters() {
        var pars = Spoolers.ccdPars("hl", "anything");
        assertEquals(5, pars.size());
        assertEquals("5", pars.get(4).label());
        assertEquals(List.of(2048, 1024, 50, 8), List.of(pars.get(0).nxmax(), pars.get(0).nymax(),
                pars.get(0).nxpad(), pars.get(0).nypad()));
        assertEquals(Path.of("a/run0001.fits"), LocalFiles.fitsFile("a/run0001"));
        assertEquals(Path.of("a/run0001.fits"), LocalFiles.fitsFile("a/run0001.fits"));
        try (OpenedRun opened = Runs.open("hipercam:local", run().toString(), SpoolOptions.defaults());
                RunReader<Mccd> r = opened.frames()) {
            assertEquals(7, r.available());
        }
        // hs itself is tested against a server the test starts (HcamServerSpoolTest); no connection here
        assertThrows(io.github.hipercam.InvalidArgumentException.class,
                () -> Runs.open("hs", "not-a-run-name", SpoolOptions.defaults()));
        assertFalse(new HipercamFormat().name().isEmpty());
        assertInstanceOf(HipercamFormat.class, Formats.named("hipercam"));
    }

    @Test
    void spoolerOverReaderEndsAtTheEndOfAFinishedRun() {
        try (OpenedRun opened = open(run(), SpoolOptions.defaults());
                RunSpooler<Mccd> s = new RunSpooler<>(opened.frames(), 7)) {
            assertEquals(7L, ready(s.poll()).head().get("NFRAME"));
            assertInstanceOf(Poll.End.class, s.poll());
        }
    }
}
