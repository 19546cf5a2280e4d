package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.testutil.DumpMatch;
import io.github.hipercam.testutil.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dumps of the reference HiPERCAM runs match what the reference pipeline printed. */
class ReferenceHcamDumpTest {

    @ParameterizedTest
    @CsvSource({
        "hcam-twowin-bin2-scans, run0004, 1, expected.hl.json",
        "hcam-twowin-bin2-scans, run0004, 3, expected.hl-first3.json",
        "hcam-onewin-nsamp1-nskip, run0003, 1, expected.hl.json",
        "hcam-onewin-nsamp1-nskip, run0003, 4, expected.hl-first4.json"})
    void dumpMatches(String folder, String run, int first, String expected) throws Exception {
        Path dir = ReferenceData.folder(folder);
        String doc = Dump.source("hl", dir.resolve(run).toString(), run, first, SpoolOptions.defaults());
        assertEquals(List.of(), DumpMatch.differences(dir.resolve(expected), doc));
    }

    @Test
    void commandLineDumpWithChdirMatches() throws Exception {
        Path dir = ReferenceData.folder("hcam-twowin-bin2-scans");
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            rc = Main.run("dump", "--source", "hl", "--resource", "run0004", "--first", "3", "--chdir",
                    dir.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, rc);
        String doc = out.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), DumpMatch.differences(dir.resolve("expected.hl-first3.json"), doc));
    }
}
