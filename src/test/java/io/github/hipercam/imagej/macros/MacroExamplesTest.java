package io.github.hipercam.imagej.macros;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example macro of {@code macros/} in a headless ImageJ, as a user
 * would, and checks the images and Results tables they leave against the
 * values the synthetic writer put in.
 *
 * <p>Where the sample's windows land: CCD c's window E1 (40x30 binned pixels,
 * lower-left at unbinned (101, 51 + 100(c-1))) starts at image column 75 and,
 * flipped for display, its bottom row is image row {@code 490 - 50(c-1)}.
 */
class MacroExamplesTest {

    private static final Path MACROS = Path.of("macros").toAbsolutePath();
    private static final Path LIST = Path.of("testdata", "hcm", "frames.lis").toAbsolutePath();
    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    /** Runs an example macro, then the given code to write down what it left. */
    private static void runExample(String macro, String args, String report) {
        ij.runMacro("close(\"*\");\nrun(\"Clear Results\");\n"
                + "runMacro(" + HeadlessImageJ.quote(MACROS.resolve(macro)) + ", \"" + args.replace("\"", "\\\"")
                + "\");\n" + report, "");
    }

    /** Rows of a CSV file ImageJ wrote, split at commas, header first. */
    private static List<String[]> csv(Path p) {
        List<String[]> rows = new ArrayList<>();
        for (String line : HeadlessImageJ.read(p).split("\n")) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    private static int column(List<String[]> rows, String name) {
        return List.of(rows.get(0)).indexOf(name);
    }

    private static double value(List<String[]> rows, int row, String name) {
        return Double.parseDouble(rows.get(row)[column(rows, name)]);
    }

    private static String text(List<String[]> rows, int row, String name) {
        return rows.get(row)[column(rows, name)];
    }

    /** Mean of E1 binned pixels ix 5..14, iy 11..20 of CCD 1 in frame f: the box x=80 y=470 10x10. */
    private static double boxMean(int frame) {
        double sum = 0;
        for (int iy = 11; iy <= 20; iy++) {
            for (int ix = 5; ix <= 14; ix++) {
                sum += SynthHcm.pixel(1, 1, frame, ix, iy);
            }
        }
        return sum / 100;
    }

    private static double mjd(int ccd, int frame) {
        return SynthHcm.MJD0 + (frame - 1) * SynthHcm.CADENCE / 86400.0 + (ccd - 1) * 1e-6;
    }

    @Test
    void measureBoxGivesOneRowPerFrame(@TempDir Path dir) {
        Path out = dir.resolve("results.csv");
        runExample("measure_box.ijm", "source=hf run=[" + LIST + "] ccd=1 first=1 x=80 y=470 width=10 height=10",
                "saveAs(\"Results\", " + HeadlessImageJ.quote(out) + ");\n"
                + "File.saveString(\"\" + nImages, " + HeadlessImageJ.quote(dir.resolve("n.txt")) + ");\n");
        List<String[]> rows = csv(out);
        assertEquals(4, rows.size(), "header and frames 1, 2, 3");
        for (int f = 1; f <= 3; f++) {
            assertEquals(f, value(rows, f, "Frame"));
            assertEquals(boxMean(f), value(rows, f, "Mean"), 1e-3);
            assertEquals(SynthHcm.pixel(1, 1, f, 5, 11), value(rows, f, "Min"), 1e-3);
            assertEquals(SynthHcm.pixel(1, 1, f, 14, 20), value(rows, f, "Max"), 1e-3);
            assertEquals(mjd(1, f), Double.parseDouble(text(rows, f, "MJD")), 1e-11);
            assertEquals((f - 1) * SynthHcm.CADENCE, value(rows, f, "Seconds"), 1e-3);
            assertEquals(f == 2 ? "false" : "true", text(rows, f, "GOODTIME"));
        }
        assertEquals("0", HeadlessImageJ.read(dir.resolve("n.txt")), "each frame's image is closed after use");
    }

    @Test
    void meanOfFirstFramesStacksOneSlicePerCcd(@TempDir Path dir) {
        Path out = dir.resolve("mean.txt");
        runExample("mean_of_first_frames.ijm", "source=hf run=[" + LIST + "] n=3 first=1",
                "s = getTitle() + \"\\n\" + getWidth() + \"x\" + getHeight() + \"x\" + nSlices + \"\\n\";\n"
                + "for (k = 1; k <= nSlices; k++) {\n"
                + "  setSlice(k); y = 490 - 50 * (k - 1);\n"
                + "  s = s + getInfo(\"slice.label\") + \"|\" + d2s(getPixel(75, y), 4) + \"|\""
                + " + d2s(getPixel(114, y - 29), 4) + \"|\" + getPixel(74, y) + \"\\n\";\n"
                + "}\n"
                + "File.saveString(s, " + HeadlessImageJ.quote(out) + ");\n");
        String[] lines = HeadlessImageJ.read(out).split("\n");
        assertEquals("mean of first 3 frames", lines[0]);
        assertEquals("1074x520x5", lines[1]);
        for (int c = 1; c <= 5; c++) {
            String[] f = lines[1 + c].split("\\|");
            assertEquals("mean CCD " + c, f[0]);
            double e1 = (SynthHcm.pixel(c, 1, 1, 0, 0) + SynthHcm.pixel(c, 1, 2, 0, 0)
                    + SynthHcm.pixel(c, 1, 3, 0, 0)) / 3.0;
            assertEquals(e1, Double.parseDouble(f[1]), 1e-3);
            double corner = (SynthHcm.pixel(c, 1, 1, 39, 29) + SynthHcm.pixel(c, 1, 2, 39, 29)
                    + SynthHcm.pixel(c, 1, 3, 39, 29)) / 3.0;
            assertEquals(corner, Double.parseDouble(f[2]), 1e-3);
            assertEquals("NaN", f[3], "the gap left of E1 stays NaN");
        }
    }

    @Test
    void meanOfMoreFramesThanTheRunHasUsesThemAll(@TempDir Path dir) {
        Path out = dir.resolve("mean.txt");
        runExample("mean_of_first_frames.ijm", "source=hf run=[" + LIST + "] n=10 first=2",
                "setSlice(5);\n"
                + "File.saveString(getTitle() + \"|\" + d2s(getPixel(75, 290), 4), " + HeadlessImageJ.quote(out) + ");\n");
        String[] f = HeadlessImageJ.read(out).split("\\|");
        assertEquals("mean of first 2 frames", f[0], "frames 2 and 3 are all there is from 2");
        assertEquals((SynthHcm.pixel(5, 1, 2, 0, 0) + SynthHcm.pixel(5, 1, 3, 0, 0)) / 2.0,
                Double.parseDouble(f[1]), 1e-3);
    }

    @Test
    void followLiveShowsNewFramesUntilTheRunEnds(@TempDir Path dir) throws Exception {
        MemoryRuns.Run run = ToyFormat.run("live", 2, 1, false);
        // each frame is written only after the macro has taken the one before, and a
        // little later, so the macro really waits for the run to grow
        CompletableFuture<Void> telescope = CompletableFuture.runAsync(() -> {
            for (int f = 2; f <= 4; f++) {
                run.awaitGiven(f - 1, Duration.ofSeconds(60));
                pause(300);
                ToyFormat.grow(run, f - 1, f);
            }
            run.awaitGiven(4, Duration.ofSeconds(60));
            pause(300);
            run.finish();
        });
        Path out = dir.resolve("live.csv");
        runExample("follow_live.ijm", "source=toycam:memory run=[live] ccd=2"
                + " timeout=60 max=0",
                "saveAs(\"Results\", " + HeadlessImageJ.quote(out) + ");\n"
                + "File.saveString(nImages + \"|\" + getTitle() + \"|\" + getInfo(\"slice.label\"), "
                + HeadlessImageJ.quote(dir.resolve("shown.txt")) + ");\n");
        telescope.get();
        List<String[]> rows = csv(out);
        // frame 1 is there at the start and frame 4 last; frames 2 and 3 may be skipped only
        // if the macro fell 300 ms behind (a live display always shows the newest)
        assertTrue(rows.size() >= 3, "at least two frames were shown: " + rows.size());
        int before = 0;
        for (int r = 1; r < rows.size(); r++) {
            int f = (int) value(rows, r, "Frame");
            assertTrue(f > before, "frames only move forward: " + f + " after " + before);
            before = f;
            assertEquals(mjd(2, f), Double.parseDouble(text(rows, r, "MJD")), 1e-11);
            assertEquals(meanOfCcd(2, f), value(rows, r, "Mean"), 1e-3);
        }
        assertEquals(4, before, "the newest frame was shown before the run ended");
        String[] shown = HeadlessImageJ.read(dir.resolve("shown.txt")).split("\\|");
        assertEquals("1", shown[0], "only the newest frame stays on display");
        assertEquals("live CCD 2 frame 4", shown[1]);
        assertTrue(shown[2].startsWith("frame 4  MJD "), shown[2]);
        assertFalse(shown[2].contains("GOODTIME") && !shown[2].contains("GOODTIME = true"));
    }

    @Test
    void theReadmeExampleRunsAsWritten() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int at = readme.indexOf("run(\"HiPERCAM Macro Extensions\");\nExt.openRun(");
        assertTrue(at > 0, "README has the Ext example");
        String code = readme.substring(at, readme.indexOf("```", at));
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            ij.runMacro("close(\"*\");\n" + code, "");
        } finally {
            System.setOut(saved);
        }
        String printed = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("frame (\\d+)  MJD (\\S+)  mean (\\S+)").matcher(printed);
        int f = 0;
        while (m.find()) {
            f++;
            assertEquals(Integer.toString(f), m.group(1));
            assertEquals(Double.toString(mjd(1, f)), m.group(2), "every digit of the time");
            assertEquals(meanOfCcd(1, f), Double.parseDouble(m.group(3)), 1e-3);
        }
        assertEquals(3, f, "a line per frame in:\n" + printed);
    }

    /** Mean over both windows of CCD c in frame f, as ImageJ measures it (NaN gaps left out). */
    private static double meanOfCcd(int c, int f) {
        double sum = 0;
        for (int w = 1; w <= 2; w++) {
            for (int iy = 0; iy < 30; iy++) {
                for (int ix = 0; ix < 40; ix++) {
                    sum += SynthHcm.pixel(c, w, f, ix, iy);
                }
            }
        }
        return sum / 2400;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
