package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.testutil.MemoryRuns;
import io.github.hipercam.testutil.ToyFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSessionTest {

    /** The bundled sample: 3 frames of 5 CCDs, each with windows E1 and F1 of 40x30 binned pixels. */
    static final String LIST = Path.of("testdata", "hcm", "frames.lis").toString();

    private static RunSession open(int first) {
        return RunSession.open("hf", LIST, first, SpoolOptions.defaults());
    }

    private static int number(Poll<Ccd> p) {
        return assertInstanceOf(Poll.Ready.class, p).number();
    }

    private static Ccd ccd(Poll<Ccd> p) {
        return (Ccd) assertInstanceOf(Poll.Ready.class, p).frame();
    }

    @Test
    void ccdParsAndFrameCountOfTheSample() {
        try (RunSession s = open(1)) {
            assertEquals("[CcdPars[label=1, nxmax=2048, nymax=1024, nxpad=50, nypad=8], CcdPars[label=2, nxmax=2048,"
                    + " nymax=1024, nxpad=50, nypad=8], CcdPars[label=3, nxmax=2048, nymax=1024, nxpad=50, nypad=8],"
                    + " CcdPars[label=4, nxmax=2048, nymax=1024, nxpad=50, nypad=8], CcdPars[label=5, nxmax=2048,"
                    + " nymax=1024, nxpad=50, nypad=8]]", s.ccdPars().toString());
            assertEquals(3, s.frameCount());
        }
    }

    @Test
    void eachCcdHasItsOwnCursorToTheEnd() {
        try (RunSession s = open(1)) {
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Poll<Ccd> p = s.next("2");
                seen.add(number(p));
                assertEquals(SynthHcm.pixel(2, 1, i + 1, 7, 3), (float) ccd(p).window("E1").get(7, 3));
            }
            assertEquals(List.of(1, 2, 3), seen);
            assertInstanceOf(Poll.End.class, s.next("2"));
            assertEquals(1, number(s.next("4")), "CCD 4 starts at the beginning whatever CCD 2 did");
            assertEquals(SynthHcm.pixel(4, 2, 1, 39, 29), (float) ccd(s.frame(1, "4")).window("F1").get(39, 29));
        }
    }

    @Test
    void firstHasThePipelineMeaning() {
        try (RunSession s = open(2)) {
            assertEquals(2, number(s.next("1")));
        }
        try (RunSession s = open(0)) {
            assertEquals(3, number(s.next("1")), "first = 0 gives the newest frame");
            assertInstanceOf(Poll.NotYet.class, s.next("1"), "then nothing newer");
        }
        try (RunSession s = open(-1)) {
            assertEquals(2, number(s.next("1")), "first = -1 gives the frame before the newest");
        }
    }

    @Test
    void mjdOfAnyFrameAndCcdToTheBit() {
        try (RunSession s = open(1)) {
            double expected = SynthHcm.MJD0 + 2 * SynthHcm.CADENCE / 86400.0 + 2 * 1e-6;
            assertEquals(expected, s.mjd(3, "3"), 1e-11);
            s.next("3");
            s.next("3");
            assertEquals(SynthHcm.MJD0 + SynthHcm.CADENCE / 86400.0 + 2e-6, s.mjd(0, "3"), 1e-11,
                    "frame 0 means the frame last opened for that CCD");
            InvalidArgumentException none = assertThrows(InvalidArgumentException.class, () -> s.mjd(0, "5"));
            assertTrue(none.getMessage().contains("none has been opened"), none.getMessage());
            InvalidArgumentException past = assertThrows(InvalidArgumentException.class, () -> s.mjd(9, "1"));
            assertTrue(past.getMessage().contains("frame 9") && past.getMessage().contains("3"), past.getMessage());
        }
    }

    @Test
    void headerValuesComeFromTheCcdThenTheFrame() {
        try (RunSession s = open(1)) {
            assertEquals("", s.headerValue("OBJECT"), "no frame given yet");
            s.next("1");
            s.next("1");
            assertEquals("false", s.headerValue("GOODTIME"), "frame 2 of the sample has a bad time");
            assertEquals("SYNTH hcm", s.headerValue("OBJECT"));
            assertEquals("frame_002.hcm", s.headerValue("FILENAME"));
            assertEquals(Double.toString(SynthHcm.MJD0 + SynthHcm.CADENCE / 86400.0), s.headerValue("MJDUTC"),
                    "CCD 1's own MJDUTC");
            assertEquals("", s.headerValue("NOSUCHKEY"));
        }
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        try (RunSession s = open(1)) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> s.next("9"));
            assertTrue(e.getMessage().contains("no CCD '9'") && e.getMessage().contains("[1, 2, 3, 4, 5]"),
                    e.getMessage());
            assertThrows(InvalidArgumentException.class, () -> s.frame(0, "1"));
            assertThrows(InvalidArgumentException.class, () -> s.waitFor(1, -1, null));
        }
        assertThrows(SourceAccessException.class,
                () -> RunSession.open("hf", "no/such/list.lis", 1, SpoolOptions.defaults()));
        assertThrows(InvalidArgumentException.class,
                () -> RunSession.open("xx", LIST, 1, SpoolOptions.defaults()));
        assertThrows(InvalidArgumentException.class,
                () -> RunSession.open("hf", " ", 1, SpoolOptions.defaults()));
        RunSession closed = open(1);
        closed.close();
        closed.close();
        HipercamException e = assertThrows(HipercamException.class, () -> closed.next("1"));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void waitingOnAFinishedListAnswersAtOnce() {
        try (RunSession s = open(1)) {
            assertTrue(s.waitFor(3, 0, null));
            assertFalse(s.waitFor(4, 5, null), "the list has 3 files: frame 4 never comes");
        }
    }

    @Test
    void waitsForALiveRunToGrowAndStopsAtItsEnd(@TempDir Path dir) throws Exception {
        MemoryRuns.Run run = ToyFormat.run("RunSessionTest-live", 2, 1, false);
        List<String> status = new ArrayList<>();
        try (RunSession s = RunSession.open("toycam:memory", "RunSessionTest-live", 0,
                SpoolOptions.defaults())) {
            assertEquals(1, number(s.next("2")));
            assertFalse(s.waitFor(0, 0, status::add), "nothing newer yet and no time to wait");
            assertInstanceOf(Poll.NotYet.class, s.next("2"));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                pause(300);
                ToyFormat.grow(run, 1, 2);
            });
            assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> s.waitFor(0, 20, status::add)));
            writer.get();
            Poll<Ccd> p = s.next("2");
            assertEquals(2, number(p));
            assertEquals(SynthHcm.pixel(2, 2, 2, 0, 0), (float) ccd(p).window("F1").get(0, 0));
            assertTrue(status.stream().anyMatch(l -> l.startsWith("last frame unchanged for")), status.toString());
            run.finish();
            assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> s.waitFor(0, 20, null)),
                    "the run ended: no need to wait out the timeout");
        }
    }

    @Test
    void closingStopsAWaitInProgress(@TempDir Path dir) throws Exception {
        ToyFormat.run("RunSessionTest-wait", 1, 1, false);
        RunSession s = RunSession.open("toycam:memory", "RunSessionTest-wait", 1, SpoolOptions.defaults());
        CompletableFuture<Boolean> wait = CompletableFuture.supplyAsync(() -> s.waitFor(2, 600, null));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            while (!s.isWaiting()) {
                pause(10);
            }
        });
        s.close();
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> wait.get()));
    }

    @Test
    void theCcdsOfOneFrameShareOneRead() {
        io.github.hipercam.testutil.MemoryRuns.Run run =
                io.github.hipercam.testutil.ToyFormat.run("session-shared", 3, 3, true);
        try (RunSession s = RunSession.open("toycam:memory", "session-shared", 1, SpoolOptions.defaults())) {
            for (int n = 1; n <= 3; n++) {
                for (String c : List.of("1", "2", "3")) {
                    assertEquals(n, number(s.next(c)));
                }
            }
            assertEquals(3, run.given(), "one read per frame for three CCDs");
            assertInstanceOf(Poll.End.class, s.next("1"));
            assertInstanceOf(Poll.End.class, s.next("2"));
        }
    }

    @Test
    void aCursorFarBehindGetsTheFramesOfTheSequence() {
        io.github.hipercam.testutil.ToyFormat.run("session-lag", 2, 40, true);
        try (RunSession s = RunSession.open("toycam:memory", "session-lag", 3, SpoolOptions.defaults())) {
            for (int n = 3; n <= 40; n++) {
                assertEquals(n, number(s.next("1")));
            }
            assertInstanceOf(Poll.End.class, s.next("1"));
            for (int n = 3; n <= 40; n++) {
                assertEquals(n, number(s.next("2")), "CCD 2 steps through the same frames later");
            }
            assertInstanceOf(Poll.End.class, s.next("2"));
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
