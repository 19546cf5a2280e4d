package io.github.hipercam.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hipercam.synth.SynthHcm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Starts the real ImageJ 1.x GUI under a virtual X server ({@code xvfb-run}),
 * with the packaged plugin jar in a fresh ImageJ {@code plugins/} folder, as a
 * user would install it; runs every command of plugins.config in its
 * recorded-macro form (Open Run... of a .hcm list and of a raw HiPERCAM run,
 * Frame Times, Show Frame Header, Open .hcm..., Export Frames..., the drop
 * box, Follow Run (live)..., the macro extensions), saves screenshots to
 * {@code target/gui-it/} (open-run.png after the first command, screenshot.png
 * at the end) and checks what the macro saw. Runs in Maven's integration-test
 * phase, after the jar is built; skipped where xvfb-run is not installed
 * ({@code .ci/run} installs it).
 */
class ImageJGuiIT {

    /** A free port on 127.0.0.1 for Serve Runs..., found before ImageJ starts. */
    private static final int SERVE_PORT = freePort();

    private static int freePort() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


    private static final Path WORK = Path.of("target", "gui-it").toAbsolutePath();
    private static final Path LIST = Path.of("testdata", "hcm", "frames.lis").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = Long.getLong("gui.timeout", 180);

    @Test
    void openRunThroughTheMenuInRealImageJ() throws Exception {
        assumeTrue(XvfbImageJ.available(), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path home = XvfbImageJ.freshHome(WORK);
        Path result = WORK.resolve("result.txt");
        Path shot = WORK.resolve("screenshot.png");
        Path macro = WORK.resolve("gui.ijm");
        Files.writeString(macro, guiMacro(result, shot), StandardCharsets.UTF_8);

        Process p = XvfbImageJ.start(home, macro, WORK.resolve("imagej.log"));
        String stacks = XvfbImageJ.awaitQuit(p, TIMEOUT_SECONDS);
        assertTrue(stacks == null, "ImageJ did not quit within " + TIMEOUT_SECONDS + " s; steps done:\n"
                + progress() + "\nImageJ said:\n" + log() + "\nits threads (a modal dialog?):\n" + stacks);
        assertTrue(Files.exists(result), "the macro wrote no result; ImageJ said:\n" + log());

        List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
        assertEquals("frames.lis CCD 1", lines.get(0), "title of the image window");
        assertEquals("1074x520x3", lines.get(1), "CCD 1 canvas: 2048x1024 + padding 50,8, binned 2x2; 3 frames");
        assertEquals(SynthHcm.pixel(1, 1, 2, 0, 0), Float.parseFloat(lines.get(2)), "E1 (0,0) of frame 2");
        assertEquals("window shown", lines.get(3));
        assertEquals("frame times 3 rows, plot Frame times of frames.lis CCD 1", lines.get(4));
        assertEquals("hcm frame_003.hcm channels 5", lines.get(5));
        assertEquals("export 11", lines.get(6), "Export Frames wrote gui_001.hcm and gui_002.hcm");
        assertEquals("hl run0001.fits channels 5 frames 3", lines.get(7), "a raw HiPERCAM run as a hyperstack");
        assertEquals("ext 1 frames.lis CCD 3 frame 1", lines.get(8));
        assertTrue(lines.get(9).contains("Header of frame 2 of frames.lis CCD 1"), lines.get(9));
        assertTrue(lines.get(9).contains("Results"), lines.get(9));
        assertTrue(lines.get(11).startsWith("serve ") && lines.get(11).contains("run0001"),
                "Serve Runs... serves testdata/hcam: " + lines.get(11));
        String images = lines.get(10);
        for (String t : List.of("frames.lis CCD 1", "Frame times of frames.lis CCD 1", "frame_003.hcm",
                "frames.lis CCD 2", "frames.lis CCD 3 frame 1")) {
            assertTrue(List.of(images.substring("images ".length()).split(";")).contains(t), t + " in " + images);
        }
        XvfbImageJ.assertScreenshotShowsSomething(WORK.resolve("open-run.png"));
        XvfbImageJ.assertScreenshotShowsSomething(shot);
    }

    /**
     * The macro ImageJ runs at start-up: every command of plugins.config in
     * its recorded form, a look at what each left, a photograph, quit.
     */
    private static String guiMacro(Path result, Path shot) {
        String list = slashes(LIST);
        String export = slashes(WORK.resolve("export"));
        return String.join("\n",
                "run(\"Open Run...\", \"source=hf run=[" + list + "] ccd=1 first=1 last=0\");",
                "File.append(\"done: Open Run...\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "runId = getImageID();",
                "wait(500);",
                "setSlice(2);  // a frame decoded on demand by the virtual stack",
                "title = getTitle();",
                "getLocationAndSize(x, y, w, h);",
                "shown = \"window not shown\";",
                "if (w > 0 && h > 0 && isOpen(title)) shown = \"window shown\";",
                "s = title + \"\\n\" + getWidth() + \"x\" + getHeight() + \"x\" + nSlices + \"\\n\""
                        + " + d2s(getPixel(75, 490), 4) + \"\\n\" + shown + \"\\n\";",
                "wait(1000);   // let the window paint",
                "run(\"Capture Screen\");",
                "saveAs(\"PNG\", \"" + slashes(WORK.resolve("open-run.png")) + "\");",
                "close();",
                "selectImage(runId);",
                "run(\"Frame Times\", \"plot\");",
                "File.append(\"done: Frame Times\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "s = s + \"frame times \" + nResults + \" rows, plot \" + getTitle() + \"\\n\";",
                "selectImage(runId);",
                "run(\"Show Frame Header\");",
                "File.append(\"done: Show Frame Header\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "run(\"Open .hcm...\", \"file=[" + slashes(LIST.resolveSibling("frame_003.hcm")) + "] hyperstack\");",
                "File.append(\"done: Open .hcm...\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "Stack.getDimensions(hw, hh, hc, hz, ht);",
                "s = s + \"hcm \" + getTitle() + \" channels \" + hc + \"\\n\";",
                "selectImage(runId);",
                "File.makeDirectory(\"" + export + "\");",
                "run(\"Export Frames...\", \"folder=[" + export + "] root=gui digits=3 first=1 last=2\");",
                "File.append(\"done: Export Frames...\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "s = s + \"export \" + File.exists(\"" + export + "/gui_001.hcm\")"
                        + " + File.exists(\"" + export + "/gui_002.hcm\") + \"\\n\";",
                "run(\"Open Run...\", \"source=hl run=[" + slashes(Path.of("testdata", "hcam", "run0001"))
                        + "] ccd=all first=1 last=0 hyperstack\");",
                "File.append(\"done: Open Run... hl\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "Stack.getDimensions(rw, rh, rc, rz, rt);",
                "s = s + \"hl \" + getTitle() + \" channels \" + rc + \" frames \" + rt + \"\\n\";",
                "run(\"HiPERCAM Drop Box\");",
                "File.append(\"done: HiPERCAM Drop Box\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "run(\"Follow Run (live)...\", \"source=hf run=[" + list + "] twait=0.2 tmax=1 ccd=2\");",
                "File.append(\"done: Follow Run (live)...\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "run(\"HiPERCAM Macro Extensions\");",
                "File.append(\"done: HiPERCAM Macro Extensions\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "Ext.openRun(\"hf\", \"" + list + "\", 1);",
                // look the new image up by its title rather than take the front window
                "r = Ext.nextFrame(\"3\"); t = \"missing\";",
                "if (isOpen(\"frames.lis CCD 3 frame 1\")) t = \"frames.lis CCD 3 frame 1\";",
                "s = s + \"ext \" + r + \" \" + t + \"\\n\";",
                "Ext.close();",
                "wait(2500);   // the follower shows its frame; everything paints",
                "s = s + \"windows \" + String.join(getList(\"window.titles\"), \";\") + \"\\n\";",
                "s = s + \"images \" + String.join(getList(\"image.titles\"), \";\") + \"\\n\";",
                "run(\"Serve Runs...\", \"directory=[" + slashes(Path.of("testdata", "hcam").toAbsolutePath())
                        + "] port=" + SERVE_PORT + " bind=127.0.0.1\");",
                "File.append(\"done: Serve Runs...\", \"" + slashes(WORK.resolve("progress.txt")) + "\");",
                "listing = \"<Error\"; for (i = 0; i < 50 && startsWith(listing, \"<Error\"); i++) { wait(100);"
                        + " listing = File.openUrlAsString(\"http://127.0.0.1:" + SERVE_PORT + "/?action=dir\"); }",
                "s = s + \"serve \" + replace(listing, \"\\n\", \";\") + \"\\n\";",
                "run(\"Capture Screen\");",
                "saveAs(\"PNG\", \"" + slashes(shot) + "\");",
                "close();",
                "File.saveString(s, \"" + slashes(result) + "\");",
                "run(\"Clear Results\");",
                "run(\"Quit\");",
                "");
    }

    private static String slashes(Path p) {
        return XvfbImageJ.slashes(p);
    }

    private static String progress() throws IOException {
        Path p = WORK.resolve("progress.txt");
        return Files.exists(p) ? Files.readString(p) : "(none)";
    }

    private static String log() throws IOException {
        Path log = WORK.resolve("imagej.log");
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }
}
