package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimingSetup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XML of a run, parsed once into a readout, as the reference's Rhead reads it. */
class UcamReadoutTest {

    static byte[] sampleXml(String run) throws Exception {
        return Files.readAllBytes(Path.of("testdata", "ucam", run + ".xml"));
    }

    private static List<String> keys(Header h) {
        return h.cards().stream().map(Card::key).toList();
    }

    @Test
    void ultracamOnePair() throws Exception {
        UcamReadout r = UcamReadout.parse("run001", sampleXml("run001"));
        assertEquals(UcamCamera.ULTRACAM, r.camera());
        assertEquals(UcamMode.ONE_PAIR, r.mode());
        assertEquals(32 + 12 * 40 * 30, r.framesize());
        assertEquals(16, r.headerwords());
        assertEquals(140331, r.version());
        assertEquals(List.of(new Winhead(101, 201, 40, 30, 1, 1, "LL"), new Winhead(601, 201, 40, 30, 1, 1, "LR")),
                r.windows());
        assertEquals(List.of("TARGET", "FILTERS", "PI", "ID", "OBSERVRS", "DTYPE", "SLIDEPOS", "RA", "DEC",
                "INSTRUME", "APPLICAT", "MODE", "CLEAR", "EXPDELAY", "NUMEXP", "GAINSPED", "VFTCLK", "NBLUE",
                "VERSION"), keys(r.header()));
        assertEquals("1023.5", r.header().get("SLIDEPOS"));
        assertEquals(0.5, r.header().get("EXPDELAY"));
        assertEquals("cdd", r.header().get("GAINSPED"));
        assertEquals(140L, r.header().get("VFTCLK"));
        assertEquals(false, r.header().get("CLEAR"));
        UcamTimingSetup t = r.timing();
        assertEquals(5000.0, t.exposeTime());
        assertEquals(0.0001, t.timeUnits());
        assertEquals("", t.whichRun());
        assertEquals(140, t.vFtClk());
        assertEquals("1-PAIR", t.mode());
        assertEquals(List.of(new UcamTimingSetup.Win(101, 201, 40, 30), new UcamTimingSetup.Win(601, 201, 40, 30)),
                t.windows());
    }

    @Test
    void ultraspecFourWindowsAvalanche() throws Exception {
        UcamReadout r = UcamReadout.parse("run013", sampleXml("run013"));
        assertEquals(UcamCamera.ULTRASPEC, r.camera());
        assertEquals(UcamMode.USPEC_4, r.mode());
        assertEquals("A", r.output());
        assertEquals(4, r.windows().size());
        assertEquals(new Winhead(701, 401, 20, 16, 1, 1, "LR"), r.windows().get(3));
        assertEquals(List.of("TARGET", "FILTERS", "PI", "ID", "OBSERVRS", "DTYPE", "SLIDEPOS", "RA", "DEC",
                "INSTRUME", "APPLICAT", "MODE", "CLEAR", "NUMEXP", "SPEED", "ENBLCLR", "HVGAIN", "OUTPUT", "VERSION",
                "EXPDELAY"), keys(r.header()));
        assertEquals("S", r.header().get("SPEED"));
        assertEquals(false, r.header().get("ENBLCLR"));
        assertEquals(0.5, r.header().get("EXPDELAY"));
    }

    @Test
    void ultraspecModeComesFromTheFirstEmptyWindow() throws Exception {
        assertEquals(UcamMode.USPEC_1, UcamReadout.parse("run010", sampleXml("run010")).mode());
        assertEquals(UcamMode.USPEC_2, UcamReadout.parse("run011", sampleXml("run011")).mode());
        assertEquals(UcamMode.USPEC_3, UcamReadout.parse("run012", sampleXml("run012")).mode());
        UcamReadout drift = UcamReadout.parse("run014", sampleXml("run014"));
        assertEquals(UcamMode.UDRIFT, drift.mode());
        assertEquals(drift.windows().get(0).lly(), drift.windows().get(1).lly());
        assertEquals(drift.windows().get(0).ny(), drift.windows().get(1).ny());
    }

    @Test
    void runsWithoutVersionOrUserBlockAreMay2002InMilliseconds() {
        UcamRunSpec spec = UcamRuns.extra().get("run103");
        UcamReadout r = UcamReadout.parse("run103", UcamRunWriter.xml("run103", spec).getBytes(StandardCharsets.UTF_8));
        assertEquals(-1, r.version());
        assertEquals("MAY2002", r.timing().whichRun());
        assertEquals(0.001, r.timing().timeUnits());
        assertEquals(5.0, r.header().get("EXPDELAY"));
        assertFalse(r.header().has("TARGET"));
        assertEquals(0L, r.header().get("VFTCLK"));
        assertEquals(12, r.headerwords());
    }

    @Test
    void overscanModesDescribeSixWindows() {
        UcamRunSpec spec = UcamRuns.extra().get("run101");
        UcamReadout r = UcamReadout.parse("run101", UcamRunWriter.xml("run101", spec).getBytes(StandardCharsets.UTF_8));
        assertEquals(UcamMode.FFOVER, r.mode());
        assertTrue(r.mode().clear());
        assertEquals(List.of(new Winhead(1, 1, 512, 1024, 1, 1, "LL"), new Winhead(513, 1, 512, 1024, 1, 1, "LR"),
                new Winhead(1025, 1, 28, 1032, 1, 1, "LL"), new Winhead(1053, 1, 28, 1032, 1, 1, "LR"),
                new Winhead(1, 1025, 512, 8, 1, 1, "LL"), new Winhead(513, 1025, 512, 8, 1, 1, "LR")), r.windows());
        assertEquals(32 + 12 * 540 * 1032, r.framesize());
    }

    @Test
    void everyApplicationTheReferenceKnowsHasItsMode() {
        assertEquals(38, UcamMode.knownApplications().size());
        assertEquals(UcamMode.DRIFT, UcamMode.knownApplications().get("ap_drift_bin2"));
        assertEquals(UcamMode.TWO_PAIR, UcamMode.knownApplications().get("ap_win4_bin8"));
        assertEquals(UcamMode.FFOVNC, UcamMode.knownApplications().get("appl10_frameover_mindead_cfg"));
        assertEquals(UcamMode.PONOFF, UcamMode.knownApplications().get("ccd201_pof_cfg"));
        assertEquals(UcamMode.USPEC_1, UcamMode.knownApplications().get("ccd201_winbin_con"));
        assertEquals(UcamMode.ONE_PCLR, UcamMode.knownApplications().get("ap5b_250_window1pair"));
    }
}
