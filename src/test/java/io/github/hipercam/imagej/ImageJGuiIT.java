package io.github.hipercam.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hipercam.synth.SynthHcm;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Starts the real ImageJ 1.x GUI under a virtual X server ({@code xvfb-run}),
 * with the packaged plugin jar in a fresh ImageJ {@code plugins/} folder, as a
 * user would install it; opens the sample run through the menu command,
 * saves a screenshot to {@code target/gui-it/screenshot.png} and checks what
 * the macro saw. Runs in Maven's integration-test phase, after the jar is
 * built; skipped where xvfb-run is not installed ({@code .ci/run} installs it).
 */
class ImageJGuiIT {

    private static final Path WORK = Path.of("target", "gui-it").toAbsolutePath();
    private static final Path LIST = Path.of("testdata", "hcm", "frames.lis").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void openRunThroughTheMenuInRealImageJ() throws Exception {
        assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path home = freshImageJHome();
        Path result = WORK.resolve("result.txt");
        Path shot = WORK.resolve("screenshot.png");
        Path macro = WORK.resolve("gui.ijm");
        Files.writeString(macro, guiMacro(result, shot), StandardCharsets.UTF_8);

        Process p = new ProcessBuilder(command(home, macro))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("imagej.log").toFile())
                .start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertTrue(finished, "ImageJ did not quit within " + TIMEOUT_SECONDS + " s; see "
                + WORK.resolve("imagej.log"));
        assertTrue(Files.exists(result), "the macro wrote no result; ImageJ said:\n" + log());

        List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
        assertEquals("frames.lis CCD 1 frame 1", lines.get(0), "title of the image window");
        assertEquals("1074x520", lines.get(1), "CCD 1 canvas: 2048x1024 + padding 50,8, binned 2x2");
        assertEquals(SynthHcm.pixel(1, 1, 1, 0, 0), Float.parseFloat(lines.get(2)), "E1 (0,0) of frame 1");
        assertEquals("window shown", lines.get(3));
        assertScreenshotShowsSomething(shot);
    }

    /** The macro ImageJ runs at start-up: open, look, photograph, quit. */
    private static String guiMacro(Path result, Path shot) {
        return String.join("\n",
                "run(\"HiPERCAM Macro Extensions\");",
                "Ext.openRun(\"hf\", \"" + slashes(LIST) + "\", 1);",
                "n = Ext.nextFrame(\"1\");",
                "wait(1500);   // let the window paint",
                "title = getTitle();",
                "getLocationAndSize(x, y, w, h);",
                "shown = \"window not shown\";",
                "if (w > 0 && h > 0 && isOpen(title)) shown = \"window shown\";",
                "s = title + \"\\n\" + getWidth() + \"x\" + getHeight() + \"\\n\" + d2s(getPixel(75, 490), 4)"
                        + " + \"\\n\" + shown + \"\\n\";",
                "run(\"Capture Screen\");",
                "saveAs(\"PNG\", \"" + slashes(shot) + "\");",
                "close();",
                "File.saveString(s, \"" + slashes(result) + "\");",
                "Ext.close();",
                "run(\"Quit\");",
                "");
    }

    private static List<String> command(Path home, Path macro) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                java, "-Xmx512m",
                "-Duser.home=" + home, "-Dplugins.dir=" + home,
                "-cp", location(ij.IJ.class).toString(),
                "ij.ImageJ", "-port0", "-ijpath", home.toString(), "-macro", macro.toString());
    }

    /** A new ImageJ folder whose plugins/ holds the packaged jar, as a user installs it. */
    private static Path freshImageJHome() throws IOException {
        Path jar = Path.of(System.getProperty("hipercam.jar", "target/hipercam_ij-0.1.0-SNAPSHOT.jar"));
        assertTrue(Files.isRegularFile(jar), "the plugin jar " + jar + " is not built; run mvn verify");
        if (Files.exists(WORK)) {
            try (Stream<Path> s = Files.walk(WORK)) {
                s.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
        Path plugins = Files.createDirectories(WORK.resolve("ImageJ").resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return plugins.getParent();
    }

    private static void assertScreenshotShowsSomething(Path shot) throws IOException {
        assertTrue(Files.exists(shot), "no screenshot was saved");
        BufferedImage img = ImageIO.read(shot.toFile());
        assertTrue(img.getWidth() >= 640 && img.getHeight() >= 480, "screenshot of the whole screen");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "the screenshot shows windows, not a blank screen: "
                + colours.size() + " colours");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String slashes(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }

    private static String log() throws IOException {
        Path log = WORK.resolve("imagej.log");
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }
}
