package io.github.hipercam.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hipercam.server.FileServer;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.UcamMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Follow Run (live)... in the real ImageJ GUI under Xvfb, on runs written
 * while it follows them, as the cameras write them: (a) a raw HiPERCAM run
 * whose header (NAXIS3 = 0) exists before the follow starts and whose first
 * frame comes a second later, then a frame every half second, then the FITS
 * padding and the final NAXIS3; (b) a ULTRACAM run growing frame by frame;
 * (c) the same kind of HiPERCAM run served by the project's file server on
 * 127.0.0.1 and followed as source hs. Each is started by the macro form,
 * {@code run("Follow Run (live)...", ...)}, whose image must exist when it
 * returns; the test then checks that the stack ends with every frame
 * written, none unreadable, with the writers' pixel values, and saves
 * screenshots to {@code target/follow-it/} ({@code hl-growing.png} while
 * the HiPERCAM run grows, then {@code hl.png}, {@code ul.png},
 * {@code hs.png}). Skipped, with a console message, where xvfb-run is not
 * installed.
 */
class FollowRunGuiIT {

    private static final Path WORK = Path.of("target", "follow-it").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = Long.getLong("gui.timeout", 120);
    private static final int FRAMES = 5;
    private static final long FIRST_FRAME_MS = 1000;
    private static final long CADENCE_MS = 500;
    private static final HcamRunSpec HCAM = HcamRunSpec.of("TwoWindow").withFrames(FRAMES);
    private static final UcamRunSpec UCAM = UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withBinning(2, 2)
            .withFrames(FRAMES);

    private final AtomicReference<Throwable> cameraFault = new AtomicReference<>();

    @Test
    void followsRunsAsTheCamerasWriteThem() throws Exception {
        assumeTrue(XvfbImageJ.available(), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path home = XvfbImageJ.freshHome(WORK);
        Path scratch = Files.createDirectories(WORK.resolve("scratch"));
        List<LiveRunSpots.Spot> hcamSpots = LiveRunSpots.hcam(HCAM, scratch);
        List<LiveRunSpots.Spot> ucamSpots = LiveRunSpots.ucam(UCAM, scratch);
        Path hl = Files.createDirectories(WORK.resolve("hl")).resolve("run0100.fits");
        Path served = Files.createDirectories(WORK.resolve("served"));
        Path ul = WORK.resolve("ul");
        try (HcamRunWriter.Growing hlCamera = HcamRunWriter.start(hl, HCAM, 0, true);
                HcamRunWriter.Growing hsCamera = HcamRunWriter.start(served.resolve("run0101.fits"), HCAM, 0, true);
                UcamRunWriter.Growing ulCamera = UcamRunWriter.start(ul, "run002", UCAM);
                FileServer server = FileServer.start(FileServer.Config.of(served).withPort(0))) {
            ulCamera.appendFrames(1);
            List<Thread> cameras = List.of(
                    camera("hl", () -> writeHcam(hlCamera)),
                    camera("ul", () -> writeUcam(ulCamera)),
                    camera("hs", () -> writeHcam(hsCamera)));
            String options = " twait=0.2 tmax=3 ccd=all hyperstack";
            Path macro = WORK.resolve("follow.ijm");
            Files.writeString(macro, String.join("\n",
                    "var work = \"" + XvfbImageJ.slashes(WORK) + "\";",
                    follow("hl", "source=hl run=[" + XvfbImageJ.slashes(hl) + "]" + options, hcamSpots, true),
                    follow("ul", "source=ul run=[" + XvfbImageJ.slashes(ul.resolve("run002")) + "]" + options,
                            ucamSpots, false),
                    follow("hs", "source=hs run=run0101 server=[http://127.0.0.1:" + server.port() + "]" + options,
                            hcamSpots, false),
                    "File.saveString(getInfo(\"log\"), work + \"/log.txt\");",
                    "run(\"Quit\");",
                    MACRO_FUNCTIONS), StandardCharsets.UTF_8);
            Process p = XvfbImageJ.start(home, macro, WORK.resolve("imagej.log"));
            String stacks = XvfbImageJ.awaitQuit(p, TIMEOUT_SECONDS);
            for (Thread t : cameras) {
                t.interrupt();
                t.join(10_000);
            }
            assertNull(stacks, () -> "ImageJ did not quit within " + TIMEOUT_SECONDS + " s; it said:\n"
                    + text("imagej.log") + "\nits threads:\n" + stacks);
        }
        assertNull(cameraFault.get(), "the cameras wrote their runs");
        checkCase("hl", "run0100.fits", true, hcamSpots);
        checkCase("ul", "run002", false, ucamSpots);
        checkCase("hs", "run0101", true, hcamSpots);
        String log = text("log.txt");
        assertFalse(log.contains("HiPERCAM"), "nothing went wrong on the way: ImageJ's log says\n" + log);
        for (String shot : List.of("hl-growing", "hl", "ul", "hs")) {
            XvfbImageJ.assertScreenshotShowsSomething(WORK.resolve(shot + ".png"));
        }
    }

    /** Whose image, label and pixels the macro saw, frame by frame, against what the writer wrote. */
    private void checkCase(String name, String title, boolean waited, List<LiveRunSpots.Spot> spots)
            throws IOException {
        List<String> lines = Files.readAllLines(WORK.resolve(name + ".txt"), StandardCharsets.UTF_8);
        String[] opened = lines.get(0).split(" ", 4);
        assertEquals("1", opened[1], name + ": the image exists when run(...) returns: " + lines.get(0));
        assertEquals(title, opened[3], name + ": and is the current image");
        if (waited) {
            assertTrue(Long.parseLong(opened[2]) >= FIRST_FRAME_MS - 100,
                    name + ": run(...) waited for the first frame: " + lines.get(0));
        }
        assertEquals("frames " + FRAMES, lines.get(1), name + ": the stack ends with the frames written");
        for (int f = 1; f <= FRAMES; f++) {
            String[] part = lines.get(1 + f).split("\\|");
            assertEquals(Integer.toString(f), part[0]);
            assertTrue(part[1].startsWith("frame " + f + "  MJD "), name + " frame " + f + " is readable: " + part[1]);
            String[] values = part[2].split(",");
            for (int k = 0; k < spots.size(); k++) {
                LiveRunSpots.Spot s = spots.get(k);
                assertEquals(s.value().applyAsInt(f), Float.parseFloat(values[k]),
                        name + " frame " + f + ", " + s.what());
            }
        }
    }

    /**
     * The macro code of one case: tell the camera to go, follow, wait until
     * the stack has every frame (a screenshot while it grows, if asked), and
     * write what the image shows.
     */
    private static String follow(String name, String options, List<LiveRunSpots.Spot> spots, boolean growingShot) {
        StringBuilder xs = new StringBuilder();
        StringBuilder ys = new StringBuilder();
        StringBuilder cs = new StringBuilder();
        for (LiveRunSpots.Spot s : spots) {
            String sep = xs.length() == 0 ? "" : ",";
            xs.append(sep).append(s.x());
            ys.append(sep).append(s.y());
            cs.append(sep).append(s.channel());
        }
        return "follow(\"" + name + "\", \"" + options + "\", " + FRAMES + ", newArray(" + xs + "), newArray(" + ys
                + "), newArray(" + cs + "), " + growingShot + ");";
    }

    private static final String MACRO_FUNCTIONS = String.join("\n",
            "function follow(name, options, frames, xs, ys, cs, growingShot) {",
            "  File.saveString(\"go\", work + \"/go-\" + name);",
            "  t0 = getTime();",
            "  run(\"Follow Run (live)...\", options);",
            "  s = \"opened \" + nImages + \" \" + (getTime() - t0) + \" \";",
            "  if (nImages == 0) {   // no image to look at: say so rather than stop at an error dialog",
            "    File.saveString(s + \"(none)\\n\", work + \"/\" + name + \".txt\");",
            "    return;",
            "  }",
            "  s = s + getTitle() + \"\\n\";",
            "  id = getImageID();",
            "  Stack.getDimensions(w, h, c, z, t);",
            "  while (t < frames && getTime() - t0 < 15000) {",
            "    wait(100);",
            "    selectImage(id);",
            "    Stack.getDimensions(w, h, c, z, t);",
            "    if (growingShot && t >= 3) {",
            "      wait(400);   // let the window paint",
            "      snap(name + \"-growing\");",
            "      growingShot = false;",
            "      selectImage(id);",
            "    }",
            "  }",
            "  wait(1500);   // a frame that should not be there would show by now",
            "  selectImage(id);",
            "  Stack.getDimensions(w, h, c, z, t);",
            "  s = s + \"frames \" + t + \"\\n\";",
            "  for (f = 1; f <= t; f++) {",
            "    Stack.setPosition(1, 1, f);",
            "    label = split(getInfo(\"slice.label\"), \"\\n\");",
            "    line = \"\" + f + \"|\" + label[0] + \"|\";",
            "    for (k = 0; k < xs.length; k++) {",
            "      Stack.setPosition(cs[k], 1, f);",
            "      line = line + getPixel(xs[k], ys[k]) + \",\";",
            "    }",
            "    s = s + line + \"\\n\";",
            "  }",
            "  Stack.setPosition(1, 1, t);",
            "  wait(500);   // let the window paint",
            "  snap(name);",
            "  File.saveString(s, work + \"/\" + name + \".txt\");",
            "  selectImage(id);",
            "  close();",
            "}",
            // the follower's window is made anew as the stack grows and may come to the front
            // between two lines: the screenshot is taken and closed by its title, never as "current"
            "function snap(name) {",
            "  run(\"Capture Screen\");",
            "  selectImage(\"Screenshot\");",
            "  if (getTitle() == \"Screenshot\") saveAs(\"PNG\", work + \"/\" + name + \".png\");",
            "  close(\"Screenshot\");",
            "  close(name + \".png\");",
            "}",
            "");

    /** A HiPERCAM camera: first frame a second after the go, then one every half second, padding, NAXIS3. */
    private static void writeHcam(HcamRunWriter.Growing camera) throws InterruptedException {
        Thread.sleep(FIRST_FRAME_MS);
        for (int f = 1; f <= FRAMES; f++) {
            camera.appendFrames(1);
            Thread.sleep(CADENCE_MS);
        }
        camera.pad();
        Thread.sleep(100);
        camera.declare(camera.written());
    }

    /** A ULTRACAM camera whose frame 1 is written already: the rest, one every half second. */
    private static void writeUcam(UcamRunWriter.Growing camera) throws InterruptedException, IOException {
        for (int f = 2; f <= FRAMES; f++) {
            Thread.sleep(CADENCE_MS);
            camera.appendFrames(1);
        }
    }

    /** Interface for a camera's schedule. */
    private interface Schedule {
        void run() throws Exception;
    }

    /** Starts a thread that runs the schedule once the macro has written {@code go-NAME}. */
    private Thread camera(String name, Schedule schedule) {
        Thread t = new Thread(() -> {
            try {
                Path go = WORK.resolve("go-" + name);
                long deadline = System.nanoTime() + TIMEOUT_SECONDS * 1_000_000_000L;
                while (!Files.exists(go)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the macro never started case " + name);
                    }
                    Thread.sleep(20);
                }
                schedule.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | AssertionError e) {
                cameraFault.compareAndSet(null, e);
            }
        }, "camera " + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String text(String file) {
        Path p = WORK.resolve(file);
        try {
            return Files.exists(p) ? Files.readString(p) : "(no " + file + ")";
        } catch (IOException e) {
            return "(" + file + " cannot be read: " + e + ")";
        }
    }
}
