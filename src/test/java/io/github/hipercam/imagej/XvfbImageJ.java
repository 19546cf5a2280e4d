package io.github.hipercam.imagej;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The real ImageJ 1.x GUI under a virtual X server ({@code xvfb-run}), for
 * the {@code *GuiIT} tests: a fresh ImageJ folder whose {@code plugins/}
 * holds the packaged plugin jar, as a user installs it, started with a macro
 * that it runs at start-up.
 */
final class XvfbImageJ {

    private XvfbImageJ() {
    }

    /** @return true if xvfb-run is on the PATH; if not, says so on the console (the test is skipped) */
    static boolean available() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                    return true;
                }
            }
        }
        System.out.println("xvfb-run is not installed (Debian package xvfb): the GUI tests of real ImageJ are skipped");
        return false;
    }

    /**
     * Empties {@code work} and makes {@code work/ImageJ/plugins} with the packaged jar in it.
     *
     * @param work the test's folder under target/
     * @return the ImageJ folder
     * @throws IOException if the files cannot be written
     */
    static Path freshHome(Path work) throws IOException {
        Path jar = Path.of(System.getProperty("hipercam.jar", "target/hipercam_ij-0.1.0-SNAPSHOT.jar"));
        assertTrue(Files.isRegularFile(jar), "the plugin jar " + jar + " is not built; run mvn verify");
        if (Files.exists(work)) {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
            }
        }
        Path plugins = Files.createDirectories(work.resolve("ImageJ").resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return plugins.getParent();
    }

    /**
     * Starts ImageJ on a 1280x1024 virtual screen.
     *
     * @param home the ImageJ folder from {@link #freshHome}
     * @param macro the macro it runs at start-up
     * @param log where its standard output and error go
     * @return the xvfb-run process
     * @throws IOException if it cannot be started
     */
    static Process start(Path home, Path macro, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                java, "-Xmx512m",
                "-Duser.home=" + home, "-Dplugins.dir=" + home,
                "-cp", location(ij.IJ.class).toString(),
                "ij.ImageJ", "-port0", "-ijpath", home.toString(), "-macro", macro.toString());
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /**
     * Waits for ImageJ to quit; if it does not in time, takes thread dumps and kills it.
     *
     * @param p the process from {@link #start}
     * @param seconds how long to wait
     * @return null if it quit, else the thread dumps of its Java processes
     * @throws InterruptedException if interrupted while waiting
     */
    static String awaitQuit(Process p, long seconds) throws InterruptedException {
        if (p.waitFor(seconds, TimeUnit.SECONDS)) {
            return null;
        }
        String stacks = javaStacks(p);
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        return stacks;
    }

    /**
     * @param shot a screenshot
     * @throws IOException if it cannot be read
     */
    static void assertScreenshotShowsSomething(Path shot) throws IOException {
        assertTrue(Files.exists(shot), "no screenshot " + shot + " was saved");
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

    /**
     * @param p a path
     * @return it absolute, with forward slashes, for a macro string
     */
    static String slashes(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thread dumps of the Java processes under p, to show where a hung ImageJ waits. */
    private static String javaStacks(Process p) {
        StringBuilder sb = new StringBuilder();
        String jstack = Path.of(System.getProperty("java.home"), "bin", "jstack").toString();
        p.descendants().filter(h -> h.info().command().map(c -> c.endsWith("java")).orElse(false)).forEach(h -> {
            try {
                Process j = new ProcessBuilder(jstack, Long.toString(h.pid())).redirectErrorStream(true).start();
                String dump = new String(j.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                j.waitFor(30, TimeUnit.SECONDS);
                sb.append(dump);
            } catch (IOException | InterruptedException e) {
                sb.append("(no thread dump: ").append(e).append(")\n");
            }
        });
        return sb.toString();
    }
}
