package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.cli.Dump;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs, found by differential testing, on which the reference pipeline's
 * dump ends in an error: ours must end in an error too (with a clear
 * message), after the same CCD parameters and the same frames.
 */
class UcamReferenceFailuresTest {

    @TempDir
    static Path tmp;

    private static String dump(String run, int first) {
        return Dump.source("ul", tmp.resolve(run).toString(), run, first, SpoolOptions.defaults());
    }

    /**
     * The reference reads binned overscan runs only for x binning up to 4
     * (4 / xbin columns must remain). Our writer refuses to write the others,
     * so the run is written binned 4 in x and its XML then says xbin: an
     * overscan frame's size does not depend on the binning.
     */
    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"FFOVER, 8, 8, true", "FFOVNC, 5, 2, true", "FFOVER, 4, 8, false", "FFOVNC, 3, 1, false"})
    void overscanBinnedBeyondFourInX(UcamMode mode, int xbin, int ybin, boolean fails) throws Exception {
        String run = "run" + (100 + xbin * 10 + ybin);
        UcamRunWriter.write(tmp, run, UcamRunSpec.ultracam(mode).withBinning(Math.min(4, xbin), ybin)
                .withFrames(1), true);
        Path xml = tmp.resolve(run + ".xml");
        Files.writeString(xml, Files.readString(xml).replace("\"X_BIN_FAC\" value=\"" + Math.min(4, xbin) + "\"",
                "\"X_BIN_FAC\" value=\"" + xbin + "\""));
        assertTrue(Files.readString(xml).contains("\"X_BIN_FAC\" value=\"" + xbin + "\""));
        String doc = dump(run, 1);
        assertTrue(doc.contains("\"nxmax\": 1080"), doc); // ccd_pars, as the reference, still succeed
        if (fails) {
            assertTrue(doc.contains("\"type\": null"), doc);
            assertTrue(doc.contains("\"frames\": [],"), doc);
            assertTrue(doc.contains("\"end\": \"error\""), doc);
            assertTrue(doc.contains("leaves nothing of the 4-column overscan strips (4 / " + xbin + " = 0)"), doc);
        } else {
            assertTrue(doc.contains("\"end\": \"stop\""), doc);
            assertEquals(6 * 3, doc.split("\"sha256\"").length - 1, doc);
        }
    }
}
