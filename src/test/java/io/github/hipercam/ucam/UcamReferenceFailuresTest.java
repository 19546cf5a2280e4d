package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.cli.Dump;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.timing.UcamTimes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Binned overscan runs (FFOVER, FFOVNC): the camera writes a framesize that
 * is the real, binned size of its two 540 x 1032 windows; the reference
 * counts the windows unbinned and refuses every such run. Here they are
 * read, and their pixels and times are those the project's writer wrote.
 * Binned beyond 4 in x, nothing of the 4-column overscan strips is left:
 * refused with that reason, from opening on.
 */
class UcamReferenceFailuresTest {

    @TempDir
    static Path tmp;

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"FFOVER, 2, 2", "FFOVNC, 3, 1", "FFOVER, 4, 8", "FFOVER, 1, 1"})
    void binnedOverscanRunsRead(UcamMode mode, int xbin, int ybin) throws Exception {
        String run = "run" + (200 + xbin * 10 + ybin) + mode.label().toLowerCase(java.util.Locale.ROOT);
        UcamRunSpec spec = UcamRunSpec.ultracam(mode).withBinning(xbin, ybin).withFrames(2);
        UcamRunWriter.write(tmp, run, spec, true);
        String xml = Files.readString(tmp.resolve(run + ".xml"));
        int framesize = 32 + 12 * (540 / xbin) * (1032 / ybin);
        assertTrue(xml.contains("framesize=\"" + framesize + "\""), "the camera's binned framesize");
        assertEquals(2L * framesize, Files.size(tmp.resolve(run + ".dat")));
        try (OpenedRun opened = Runs.open("ul", tmp.resolve(run).toString(), SpoolOptions.defaults());
                Spooler<Mccd> spool = opened.spool(1)) {
            int n = 0;
            for (Mccd frame : spool) {
                n++;
                for (int c = 1; c <= 3; c++) {
                    Ccd ccd = frame.ccd(Integer.toString(c));
                    assertEquals(6, ccd.windows().size());
                    for (int w = 1; w <= 6; w++) {
                        Window win = ccd.window(Integer.toString(w));
                        Winhead g = win.geometry();
                        for (int[] xy : new int[][] {{0, 0}, {g.nx() - 1, g.ny() - 1}, {g.nx() / 2, g.ny() / 3}}) {
                            int x = g.llx() + xy[0] * g.xbin();
                            int y = g.lly() + xy[1] * g.ybin();
                            assertEquals(UcamRunWriter.pixel(c, w, n, x, y), win.get(xy[0], xy[1]),
                                    "frame " + n + ", CCD " + c + ", window " + w + " at " + xy[0] + "," + xy[1]);
                        }
                    }
                }
            }
            assertEquals(2, n);
            UcamReadout readout = UcamReadout.parse(run, opened.raw().header());
            int k = 0;
            for (UcamTimes t : UcamTimeSpool.of(readout, opened.raw(), 1)) {
                java.time.Instant utc = spec.start().plusNanos(Math.round(k * spec.cadence() * 1e9));
                double mjd = 40587.0 + utc.getEpochSecond() / 86400.0 + utc.getNano() / 86400e9;
                assertEquals(mjd, t.gps(), 1e-9, "frame " + (k + 1) + ": the GPS stamp the writer wrote");
                k++;
            }
            assertEquals(2, k);
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"FFOVER, 8, 8", "FFOVNC, 5, 2"})
    void overscanBinnedBeyondFourInXIsRefused(UcamMode mode, int xbin, int ybin) throws Exception {
        String run = "run" + (100 + xbin * 10 + ybin);
        UcamRunWriter.write(tmp, run, UcamRunSpec.ultracam(mode).withBinning(4, ybin).withFrames(1), true);
        Path xml = tmp.resolve(run + ".xml");
        Files.writeString(xml, Files.readString(xml).replace("\"X_BIN_FAC\" value=\"4\"",
                "\"X_BIN_FAC\" value=\"" + xbin + "\""));
        FormatException e = assertThrows(FormatException.class,
                () -> Runs.open("ul", tmp.resolve(run).toString(), SpoolOptions.defaults()));
        assertTrue(e.getMessage().contains("leaves nothing of the 4-column overscan strips (4 / " + xbin + " = 0)"),
                e.getMessage());
        String doc = Dump.source("ul", tmp.resolve(run).toString(), run, 1, SpoolOptions.defaults());
        assertTrue(doc.contains("\"end\": \"error\""), doc);
    }
}
