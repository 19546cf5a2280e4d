package io.github.hipercam.imagej.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The install as the README tells it, in the real ImageJ 1.54 GUI under a
 * virtual X server: an ImageJ folder holding {@code ij.jar} and
 * {@code plugins/hipercam_ij-*.jar}, started with {@code java -jar ij.jar}
 * from that folder on this Java (17 or later). Three starts:
 * <ol>
 *   <li>as installed: the commands are the guards, About HiPERCAM... shows
 *       its window ({@code target/guard-it/about.png}) and Open Run... opens
 *       a run;</li>
 *   <li>with {@code -Dhipercam.guard.javaVersion=1.8.0_392}, the guards'
 *       check sees Java 8 (there is no Java 8 on the build machines):
 *       choosing Open Run... shows the old-Java message
 *       ({@code old-java.png});</li>
 *   <li>with a copy of the jar whose classes outside the guard package are
 *       marked class version 62, which this Java cannot load, as Java 8
 *       cannot load 61: ImageJ starts, About answers, and Open Run... says
 *       the classes cannot be loaded ({@code cannot-load.png}).</li>
 * </ol>
 * Skipped where xvfb-run is not installed.
 */
class GuardGuiIT {

    private static final Path WORK = Path.of("target", "guard-it").toAbsolutePath();
    private static final Path LIST = Path.of("testdata", "hcm", "frames.lis").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void asInstalledTheCommandsRunAndAboutShowsItsWindow() throws Exception {
        assumeTrue(xvfbRun(), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path dir = WORK.resolve("installed");
        Path imagej = freshImageJ(dir, pluginJar());
        List<String> out = runImageJ(dir, imagej, List.of(), List.of(), String.join("\n",
                "List.setCommands;",
                "s = List.get(\"Open Run...\") + \"\\n\" + List.get(\"About HiPERCAM...\") + \"\\n\""
                        + " + List.get(\"HiPERCAM...\") + \"\\n\" + getDirectory(\"plugins\") + \"\\n\";",
                "run(\"About HiPERCAM...\");",
                "wait(1500);",
                "s = s + String.join(getList(\"window.titles\"), \";\") + \"\\n\";",
                shot(dir.resolveSibling("about.png")),
                "run(\"Open Run...\", \"source=hf run=[" + slashes(LIST) + "] ccd=2 first=1 last=0\");",
                "s = s + getTitle() + \" \" + nSlices + \"\\n\";"));
        assertEquals("io.github.hipercam.imagej.guard.OpenRunGuard", out.get(0));
        assertEquals("io.github.hipercam.imagej.guard.About", out.get(1));
        assertEquals("io.github.hipercam.imagej.guard.About", out.get(2), "Help > About Plugins > HiPERCAM...");
        assertEquals(slashes(imagej.resolve("plugins")) + "/", out.get(3), "java -jar ij.jar reads plugins/ beside it");
        assertTrue(out.get(4).contains("About HiPERCAM"), "About's window: " + out.get(4));
        assertEquals("frames.lis CCD 2 3", out.get(5), "Open Run... through its guard");
        assertScreenshotShowsSomething(dir.resolveSibling("about.png"));
    }

    @Test
    void onAFakedJava8OpenRunShowsTheOldJavaMessage() throws Exception {
        assumeTrue(xvfbRun(), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path dir = WORK.resolve("old-java");
        Path imagej = freshImageJ(dir, pluginJar());
        List<String> out = runImageJ(dir, imagej, List.of("-D" + JavaVersion.OVERRIDE + "=1.8.0_392"),
                List.of("-run", "Open Run..."), String.join("\n",
                        "wait(1500);",
                        "s = String.join(getList(\"window.titles\"), \";\") + \"\\n\" + nImages + \"\\n\";",
                        shot(dir.resolveSibling("old-java.png"))));
        assertTrue(out.get(0).contains("HiPERCAM needs Java 17"), "the message's window: " + out.get(0));
        assertEquals("0", out.get(1), "no run was opened");
        assertScreenshotShowsSomething(dir.resolveSibling("old-java.png"));
    }

    @Test
    void aJavaThatCannotLoadTheClassesStartsAndSaysWhy() throws Exception {
        assumeTrue(xvfbRun(), "xvfb-run is not installed (Debian package xvfb); GUI test skipped");
        Path dir = WORK.resolve("cannot-load");
        Files.createDirectories(dir);
        Path jar = dir.resolve(pluginJar().getFileName());
        int marked = markUnloadable(pluginJar(), jar);
        assertTrue(marked > 100, "classes outside the guards marked: " + marked);
        Path imagej = freshImageJ(dir, jar);
        Files.delete(jar);
        List<String> out = runImageJ(dir, imagej, List.of(), List.of("-run", "Open Run..."), String.join("\n",
                "wait(1500);",
                "s = String.join(getList(\"window.titles\"), \";\") + \"\\n\";",
                shot(dir.resolveSibling("cannot-load.png")),
                "run(\"About HiPERCAM...\");",
                "wait(500);",
                "s = s + String.join(getList(\"window.titles\"), \";\") + \"\\n\";"));
        assertTrue(out.get(0).contains("HiPERCAM needs Java 17"), "the message's window: " + out.get(0));
        assertTrue(out.get(1).contains("About HiPERCAM"), "About still answers: " + out.get(1));
        String log = Files.readString(dir.resolve("imagej.log"), StandardCharsets.UTF_8);
        assertFalse(log.contains("Exception") || log.contains("Error"), "ImageJ printed:\n" + log);
        assertScreenshotShowsSomething(dir.resolveSibling("cannot-load.png"));
    }

    /** A macro line that saves a picture of the whole screen. */
    private static String shot(Path png) {
        return "run(\"Capture Screen\");\nsaveAs(\"PNG\", \"" + slashes(png) + "\");\nclose();";
    }

    private static Path pluginJar() {
        Path jar = Path.of(System.getProperty("hipercam.jar", "target/hipercam_ij-0.1.0-SNAPSHOT.jar"));
        assertTrue(Files.isRegularFile(jar), "the plugin jar " + jar + " is not built; run mvn verify");
        return jar;
    }

    /** Empties dir and makes dir/ImageJ with ij.jar and plugins/ holding the plugin jar, as the README says. */
    private static Path freshImageJ(Path dir, Path jar) throws IOException {
        if (Files.exists(dir.resolve("ImageJ"))) {
            try (Stream<Path> s = Files.walk(dir.resolve("ImageJ"))) {
                s.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
        Path imagej = Files.createDirectories(dir.resolve("ImageJ"));
        Files.createDirectories(imagej.resolve("plugins"));
        Files.copy(location(ij.IJ.class), imagej.resolve("ij.jar"));
        Files.copy(jar, imagej.resolve("plugins").resolve(jar.getFileName()));
        return imagej;
    }

    /**
     * Starts {@code java [jvm] -jar ij.jar -port0 [ij] -macro m.ijm} in the ImageJ folder under
     * xvfb-run; the macro, after the given lines, saves s and quits.
     *
     * @return the lines the macro saved
     */
    private static List<String> runImageJ(Path dir, Path imagej, List<String> jvm, List<String> ijArgs, String lines)
            throws Exception {
        Path result = dir.resolve("result.txt");
        Files.deleteIfExists(result);
        Path macro = dir.resolve("m.ijm");
        Files.writeString(macro, "s = \"\";\n" + lines + "\nFile.saveString(s, \"" + slashes(result)
                + "\");\nrun(\"Quit\");\n", StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Duser.home=" + dir.resolve("home")));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", "ij.jar", "-port0"));
        cmd.addAll(ijArgs);
        cmd.addAll(List.of("-macro", macro.toString()));
        Path log = dir.resolve("imagej.log");
        Process p = new ProcessBuilder(cmd).directory(imagej.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("ImageJ did not quit in " + TIMEOUT_SECONDS + " s; it said:\n" + Files.readString(log));
        }
        assertTrue(Files.exists(result), "the macro wrote nothing; ImageJ said:\n" + Files.readString(log));
        return Files.readAllLines(result, StandardCharsets.UTF_8);
    }

    /**
     * Copies the plugin jar, marking every class of the project outside the guard package as
     * class version 62 (Java 18): this Java refuses them as Java 8 refuses version 61.
     *
     * @return how many classes were marked
     */
    private static int markUnloadable(Path from, Path to) throws IOException {
        int marked = 0;
        try (JarFile in = new JarFile(from.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(to))) {
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                String name = entry.getName();
                if (name.endsWith(".class") && name.startsWith("io/github/hipercam/")
                        && !name.startsWith("io/github/hipercam/imagej/guard/")
                        && !name.startsWith("io/github/hipercam/shaded/")) {
                    bytes[6] = 0;
                    bytes[7] = 62;
                    marked++;
                }
                out.putNextEntry(new JarEntry(name));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return marked;
    }

    private static boolean xvfbRun() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(d, "xvfb-run"))) {
                    return true;
                }
            }
        }
        System.out.println("xvfb-run is not installed (Debian package xvfb): GuardGuiIT is skipped");
        return false;
    }

    private static void assertScreenshotShowsSomething(Path shot) throws IOException {
        assertTrue(Files.exists(shot), "no screenshot " + shot);
        BufferedImage img = ImageIO.read(shot.toFile());
        long light = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                if ((img.getRGB(x, y) & 0xff) > 200) {
                    light++;
                }
            }
        }
        assertTrue(light > 2000, "the screenshot shows windows, not a black screen: " + light + " light points");
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
}
