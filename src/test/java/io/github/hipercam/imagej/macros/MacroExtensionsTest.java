package io.github.hipercam.imagej.macros;

import io.github.hipercam.testutil.Stderr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.imagej.HeadlessImageJ;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.testutil.MemoryRuns;
import io.github.hipercam.testutil.ToyFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code Ext.} function, called from a macro in a headless ImageJ. */
class MacroExtensionsTest {

    private static final String LIST = HeadlessImageJ.quote(Path.of("testdata", "hcm", "frames.lis"));
    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    private static List<String> run(Path dir, String body) throws Exception {
        Path out = dir.resolve("out.txt");
        ij.runMacro("close(\"*\");\nrun(\"HiPERCAM Macro Extensions\");\ns = \"\";\n" + body
                + "\nFile.saveString(s, " + HeadlessImageJ.quote(out) + ");\n", "");
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void openRunAndAskAboutIt(@TempDir Path dir) throws Exception {
        List<String> out = run(dir, "Ext.openRun(\"hf\", " + LIST + ", 1);\n"
                + "pars = split(Ext.getCcdPars(), \"\\n\");\n"
                + "Ext.getFrameCount(n);\n"
                + "s = \"\" + pars.length + \"\\n\" + pars[4] + \"\\n\" + n + \"\\n\";\n"
                + "Ext.close();");
        assertEquals(List.of("5", "5,2048,1024,50,8", "3"), out);
    }

    @Test
    void nextFrameOpensALabelledImageUntilTheEnd(@TempDir Path dir) throws Exception {
        List<String> out = run(dir, "Ext.openRun(\"hf\", " + LIST + ", 2);\n"
                + "r = Ext.nextFrame(\"3\");\n"
                + "s = r + \"\\n\" + getTitle() + \"\\n\" + getWidth() + \"x\" + getHeight() + \"\\n\""
                + " + d2s(getPixel(75 + 4, 390 - 2), 4) + \"\\n\" + getPixel(10, 10) + \"\\n\""
                + " + getInfo(\"OBJECT\") + \"\\n\" + getInfo(\"FILENAME\") + \"\\n\" + getInfo(\"MJDUTC\") + \"\\n\";\n"
                + "label = split(getInfo(\"slice.label\"), \"\\n\");\n"
                + "s = s + label[0] + \"\\n\" + label[1] + \"\\n\" + label[3] + \"\\n\";\n"
                + "s = s + Ext.nextFrame(\"3\") + \"\\n\" + Ext.nextFrame(\"3\") + \"\\n\" + nImages + \"\\n\";\n"
                + "Ext.close();");
        assertEquals("2", out.get(0), "first = 2: frame 2 comes first");
        assertEquals("frames.lis CCD 3 frame 2", out.get(1));
        assertEquals("1074x520", out.get(2));
        // CCD 3's E1 bottom row is image row 490 - 100 = 390; (ix, iy) = (4, 2)
        assertEquals(SynthHcm.pixel(3, 1, 2, 4, 2), Float.parseFloat(out.get(3)));
        assertEquals("NaN", out.get(4), "gaps are NaN");
        assertEquals("SYNTH hcm", out.get(5), "the frame's header is in the image's Info");
        assertEquals("frame_002.hcm", out.get(6));
        double mjd = SynthHcm.MJD0 + SynthHcm.CADENCE / 86400.0 + 2e-6;
        assertEquals(Double.toString(mjd), out.get(7), "CCD 3's own MJDUTC, every digit");
        assertTrue(out.get(8).startsWith("frame 2  MJD 58256.8449"), out.get(8));
        assertEquals("FRAME = 2", out.get(9));
        assertEquals("EXPTIME = 4.0", out.get(10));
        assertEquals(List.of("3", "end", "2"), out.subList(11, 14), "frame 3, then end; frames 2 and 3 are open");
    }

    @Test
    void randomAccessTimesAndHeaders(@TempDir Path dir) throws Exception {
        List<String> out = run(dir, "Ext.openRun(\"hf\", " + LIST + ", 1);\n"
                + "t = Ext.getMjd(3, \"5\", mjd);\n"
                + "s = t + \"\\n\" + d2s(mjd, 9) + \"\\n\";\n"
                + "r = Ext.openFrame(2, \"1\");\n"
                + "Ext.getHeaderValue(\"GOODTIME\", good);\n"
                + "Ext.getHeaderValue(\"NFRAME\", nframe);\n"
                + "Ext.getHeaderValue(\"NOSUCH\", none);\n"
                + "s = s + r + \"\\n\" + good + \"\\n\" + nframe + \"\\n[\" + none + \"]\\n\";\n"
                + "r = Ext.nextFrame(\"1\");\n"
                + "Ext.getMjd(0, \"1\", last);\n"
                + "s = s + r + \"\\n\" + Ext.getMjd(0, \"1\", last) + \"\\n\";\n"
                + "Ext.waitForFrame(3, 0, ok3);\n"
                + "Ext.waitForFrame(4, 1, ok4);\n"
                + "s = s + ok3 + \"\\n\" + ok4 + \"\\n\";\n"
                + "Ext.close();");
        double mjd3 = SynthHcm.MJD0 + 2 * SynthHcm.CADENCE / 86400.0 + 4e-6;
        assertEquals(Double.toString(mjd3), out.get(0), "getMjd returns the time with every digit");
        assertEquals(mjd3, Double.parseDouble(out.get(1)), 1e-9, "and sets the number");
        assertEquals("2", out.get(2), "openFrame reads by number");
        assertEquals("false", out.get(3), "frame 2 of the sample has GOODTIME false");
        assertEquals("2", out.get(4), "NFRAME from the frame's top-level header");
        assertEquals("[]", out.get(5), "a missing item is the empty string");
        assertEquals("1", out.get(6), "openFrame does not move the cursor of nextFrame");
        assertEquals(Double.toString(SynthHcm.MJD0), out.get(7), "frame 0: the frame last opened for the CCD");
        assertEquals(List.of("1", "0"), out.subList(8, 10), "frame 3 is there; frame 4 never comes");
    }

    @Test
    void badCallsStopTheMacroWithTheLibrarysMessage(@TempDir Path dir) throws Exception {
        String err = Stderr.of(() -> ij.runMacro("run(\"HiPERCAM Macro Extensions\");\n"
                + "Ext.openRun(\"hf\", \"no/such/list.lis\", 1);\n"
                + "File.saveString(\"went on\", " + HeadlessImageJ.quote(dir.resolve("after.txt")) + ");\n", ""));
        assertTrue(err.contains("Ext.openRun: no/such/list.lis: cannot read the file list"), err);
        assertFalse(Files.exists(dir.resolve("after.txt")), "the macro stopped at the bad call");

        err = Stderr.of(() -> ij.runMacro("run(\"HiPERCAM Macro Extensions\");\n"
                + "Ext.openRun(\"hf\", " + LIST + ", 1);\n"
                + "Ext.nextFrame(\"9\");\n", ""));
        assertTrue(err.contains("no CCD '9'; CCDs are [1, 2, 3, 4, 5]"), err);

        err = Stderr.of(() -> ij.runMacro("run(\"HiPERCAM Macro Extensions\");\nExt.getFrameCount(n);\n", ""));
        assertTrue(err.contains("no run is open; call Ext.openRun"), err);

        err = Stderr.of(() -> ij.runMacro("run(\"HiPERCAM Macro Extensions\");\n"
                + "Ext.openRun(\"hf\", " + LIST + ", 1.5);\n", ""));
        assertTrue(err.contains("expected a whole number, got 1.5"), err);
    }

    @Test
    void abortingTheMacroEndsALongWait(@TempDir Path dir) throws Exception {
        MemoryRuns.Run run = ToyFormat.run("live", 1, 1, false);
        Thread macro = new Thread(() -> ij.runMacro("run(\"HiPERCAM Macro Extensions\");\n"
                + "Ext.openRun(\"toycam:memory\", \"live\", 1);\n"
                + "Ext.nextFrame(\"1\");\n"
                + "Ext.waitForFrame(2, 600, ok);\n"
                + "File.saveString(\"went on\", " + HeadlessImageJ.quote(dir.resolve("after.txt")) + ");\n", ""));
        macro.start();
        run.awaitGiven(1, Duration.ofSeconds(60));
        Thread.sleep(500);
        ij.abortMacro();
        macro.join(60_000);
        assertFalse(macro.isAlive(), "the 600 s wait ended when the macro was aborted");
        assertFalse(Files.exists(dir.resolve("after.txt")), "an aborted macro does not go on");
    }
}
