package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.HeadlessImageJ;
import io.github.hipercam.imagej.LiveRunSpots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run("Follow Run (live)...", ...)} in a macro returns only once the
 * run's image exists (waiting, up to tmax, for a first frame that is not
 * written yet), so the macro's next line can use it; a run with no frame
 * within tmax stops the macro with a message. Headless ImageJ, a raw
 * HiPERCAM run written as the camera writes it (header with NAXIS3 = 0
 * first).
 */
class FollowRunMacroTest {

    private static final HcamRunSpec SPEC = HcamRunSpec.of("OneWindow").withFrames(3);
    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    @Test
    void theMacroGoesOnOnlyOnceTheFirstFrameIsShown(@TempDir Path dir) throws Exception {
        List<LiveRunSpots.Spot> spots = LiveRunSpots.hcam(SPEC, Files.createDirectories(dir.resolve("scratch")));
        Path run = dir.resolve("run0200.fits");
        Path out = dir.resolve("out.txt");
        StringBuilder pixels = new StringBuilder();
        for (LiveRunSpots.Spot s : spots) {
            if (s.channel() == 1) {
                pixels.append("s = s + getPixel(").append(s.x()).append(", ").append(s.y()).append(") + \"\\n\";\n");
            }
        }
        try (HcamRunWriter.Growing camera = HcamRunWriter.start(run, SPEC, 0, true)) {
            Thread telescope = new Thread(() -> {
                sleep(800);
                camera.appendFrames(1);
            });
            telescope.start();
            ij.runMacro("setBatchMode(true);\nclose(\"*\");\nt0 = getTime();\n"
                    + "run(\"Follow Run (live)...\", \"source=hl run=[" + slashes(run) + "] twait=0.1 tmax=2 ccd=1\");\n"
                    + "waited = getTime() - t0;\nlabel = split(getMetadata(\"Label\"), \"\\n\");\n"
                    + "s = \"\" + waited + \"\\n\" + nImages + \"\\n\" + getTitle() + \"\\n\" + nSlices + \"\\n\""
                    + " + label[0] + \"\\n\";\n"
                    + pixels
                    + "File.saveString(s, " + HeadlessImageJ.quote(out) + ");\nclose(\"*\");\n", "");
            telescope.join();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(Long.parseLong(lines.get(0)) >= 600, "waited for frame 1, written 0.8 s in: " + lines.get(0));
        assertEquals("1", lines.get(1), "the image exists when run(...) returns");
        assertEquals("run0200.fits CCD 1", lines.get(2), "and is the macro's current image");
        assertEquals("1", lines.get(3));
        assertTrue(lines.get(4).startsWith("frame 1  MJD "), lines.get(4));
        int k = 5;
        for (LiveRunSpots.Spot s : spots) {
            if (s.channel() == 1) {
                assertEquals(s.value().applyAsInt(1), Float.parseFloat(lines.get(k++)), s.what());
            }
        }
    }

    @Test
    void aRunWithNoFrameWithinTmaxStopsTheMacroWithAMessage(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run0201.fits");
        Path after = dir.resolve("after.txt");
        String said;
        try (HcamRunWriter.Growing camera = HcamRunWriter.start(run, SPEC, 0, true)) {
            said = outputOf(() -> ij.runMacro("setBatchMode(true);\n"
                    + "run(\"Follow Run (live)...\", \"source=hl run=[" + slashes(run)
                    + "] twait=0.1 tmax=0.5 ccd=1\");\n"
                    + "File.saveString(\"went on\", " + HeadlessImageJ.quote(after) + ");\n", ""));
        }
        assertFalse(Files.exists(after), "the macro stopped at the follow");
        assertTrue(said.contains("run0201.fits: no frame to show; last frame unchanged for 0.5 sec."), "[" + said + "]");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String slashes(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }

    private static String outputOf(Runnable r) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            r.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
