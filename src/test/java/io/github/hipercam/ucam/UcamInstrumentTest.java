package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.format.Formats;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.SourceCode;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Source 'ul' and the registered ultracam/ultraspec formats. */
class UcamInstrumentTest {

    private static String run(String name) {
        return Path.of("testdata", "ucam", name).toString();
    }

    @Test
    void bothInstrumentsAreRegistered() {
        assertInstanceOf(UltracamFormat.class, Formats.named("ultracam"));
        assertInstanceOf(UltraspecFormat.class, Formats.named("ultraspec"));
    }

    @Test
    void ccdParsFollowTheXmlWhateverTheSource() {
        List<CcdPars> ucam = List.of(new CcdPars("1", 1080, 1032, 56, 8), new CcdPars("2", 1080, 1032, 56, 8),
                new CcdPars("3", 1080, 1032, 56, 8));
        List<CcdPars> uspec = List.of(new CcdPars("1", 1056, 1072, 0, 0));
        assertEquals(ucam, Spoolers.ccdPars("ul", run("run002")));
        assertEquals(uspec, Spoolers.ccdPars("ul", run("run010")));
        assertEquals(uspec, Spoolers.ccdPars("ultraspec:local", run("run010")));
        assertEquals(ucam, Spoolers.ccdPars("ultraspec:local", run("run001")));
    }

    @Test
    void ulReadsBothCameras() {
        try (Spooler<Mccd> s = Spoolers.open("ul", run("run013"), 1)) {
            Mccd m = ((Poll.Ready<Mccd>) s.poll()).frame();
            assertEquals(List.of("1"), m.labels());
            assertEquals(4, m.ccd("1").windows().size());
            assertEquals("ULTRASPEC", m.head().get("CCDNAME"));
        }
    }

    @Test
    void runsMayBeNamedWithTheirExtension() {
        try (Spooler<Mccd> s = Spoolers.open("ul", run("run010") + ".xml", 1)) {
            assertEquals(run("run010"), ((Poll.Ready<Mccd>) s.poll()).frame().head().get("RUN"));
        }
        assertEquals(1, Spoolers.ccdPars("ul", run("run010") + ".dat").size());
    }

    @Test
    void lastFrameThenNothingNew() {
        try (Spooler<Mccd> s = Spoolers.open("ul", run("run009"), 0)) {
            assertEquals(4, ((Poll.Ready<Mccd>) s.poll()).number());
            assertInstanceOf(Poll.NotYet.class, s.poll());
        }
        // as in the reference, a run has no "frames before the last"
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Spoolers.open("ul", run("run009"), -2));
        assertTrue(e.getMessage().contains("first = -2"), e.getMessage());
    }

    @Test
    void firstTwoGivesFramesTwoOnward() {
        List<Long> frames = new ArrayList<>();
        try (Spooler<Mccd> s = Spoolers.open("ul", run("run009"), 2)) {
            for (Mccd m : s) {
                frames.add((Long) m.head().get("NFRAME"));
            }
        }
        assertEquals(List.of(2L, 3L, 4L), frames);
    }

    @Test
    void randomAccessReaderHasTheWholeHistory() {
        try (OpenedRun opened = Runs.open("ul", run("run001"), SpoolOptions.defaults());
                RunReader<Mccd> r = opened.frames();
                Spooler<Mccd> fromTheStart = Spoolers.open("ul", run("run001"), 1)) {
            assertEquals(3, r.available());
            Mccd jumped = ((Poll.Ready<Mccd>) r.read(2)).frame();
            fromTheStart.poll();
            Mccd inOrder = ((Poll.Ready<Mccd>) fromTheStart.poll()).frame();
            assertEquals(2L, inOrder.head().get("NFRAME"));
            assertEquals(inOrder.ccd("1").head(), jumped.ccd("1").head());
        }
    }

    @Test
    void serverSourceIsWiredToTheHttpTransport() {
        // the network adapter registers the ATC HTTP client's byte source; source us reads through it
        SourceCode.Raw us = assertInstanceOf(SourceCode.Raw.class, SourceCode.parse("us"));
        assertEquals("io.github.hipercam.net.UltracamServerSource", us.provider().getClass().getName());
        assertEquals("ultracam-server", us.provider().name());
        assertFalse(us.provider().local());
        assertInstanceOf(UltracamFormat.class, us.format());
    }
}
