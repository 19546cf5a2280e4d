package io.github.hipercam.imagej.macros;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.imagej.HeadlessImageJ;
import io.github.hipercam.synth.SynthHcm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the two README snippets that did not work, run as the README
 * writes them. {@code getNumericProperty} is no ImageJ 1.54 macro function,
 * and under {@code -batch} no Results table is shown, so the
 * {@code measure_box.ijm} example must save its rows.
 */
class ReadmeFixesTest {

    private static final Path LIST = Path.of("testdata", "hcm", "frames.lis").toAbsolutePath();
    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void theSliceLabelSnippetReadsTheTime(@TempDir Path dir) throws Exception {
        String readme = readme();
        Matcher m = Pattern.compile("\n(mjd = [^\n]*\"MJDUTC\"[^\n]*)\n").matcher(readme);
        assertTrue(m.find(), "README reads MJDUTC from a slice label");
        Path out = dir.resolve("mjd.txt");
        ij.runMacro("setBatchMode(true);\nclose(\"*\");\n"
                + "run(\"Open Run...\", \"source=hf run=[" + LIST + "] ccd=1 first=1 last=0\");\n"
                + "setSlice(2);\n" + m.group(1) + "\n"
                + "mjd = parseFloat(\"\" + mjd);\n"
                + "File.saveString(String.format(\"%.12f\", mjd), " + HeadlessImageJ.quote(out) + ");\n", "");
        assertTrue(Files.exists(out), "the snippet ran: " + m.group(1));
        assertEquals(SynthHcm.MJD0 + SynthHcm.CADENCE / 86400.0, Double.parseDouble(HeadlessImageJ.read(out)), 1e-11,
                "MJDUTC of frame 2, CCD 1");
    }

    @Test
    void theBatchExampleSavesItsRows(@TempDir Path dir) throws Exception {
        Matcher m = Pattern.compile("-batch macros/measure_box\\.ijm \"([^\"]*)\"").matcher(readme());
        assertTrue(m.find(), "README runs measure_box.ijm under -batch");
        String args = m.group(1);
        Matcher save = Pattern.compile("save=\\[([^\\]]*)\\]").matcher(args);
        assertTrue(save.find(), "under -batch no table is shown: the example must save its rows: " + args);
        Path csv = dir.resolve("box.csv");
        String here = args.replace(save.group(0), "save=[" + csv + "]").replace("testdata/hcm/frames.lis",
                LIST.toString());
        ij.runMacro("close(\"*\");\nrun(\"Clear Results\");\n"
                + "runMacro(" + HeadlessImageJ.quote(Path.of("macros", "measure_box.ijm").toAbsolutePath()) + ", \""
                + here.replace("\"", "\\\"") + "\");\n", "");
        assertTrue(Files.exists(csv), "measure_box.ijm wrote " + csv);
        String[] rows = HeadlessImageJ.read(csv).strip().split("\n");
        assertEquals(4, rows.length, "header and frames 1, 2, 3");
        assertTrue(rows[0].contains("Frame,MJD,Seconds,Mean"), rows[0]);
        for (int f = 1; f <= 3; f++) {
            String[] v = rows[f].split(",");
            assertEquals(f, Integer.parseInt(v[1]), rows[f]);
            assertEquals(SynthHcm.MJD0 + (f - 1) * SynthHcm.CADENCE / 86400.0, Double.parseDouble(v[2]), 1e-11);
        }
    }
}
