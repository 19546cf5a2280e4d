package io.github.hipercam.imagej.guard;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guards loaded as ImageJ loads them on an old Java: in a class loader
 * of their own (the plugin classes, ImageJ 1.x and SciJava, nothing else of
 * the test), which records every class name it is asked for, so a test can
 * tell whether a guard reached for a class compiled for Java 17.
 */
final class IsolatedGuards extends URLClassLoader {

    private final Set<String> asked = Collections.synchronizedSet(new TreeSet<>());

    private IsolatedGuards(URL[] urls) {
        super("isolated-guards", urls, ClassLoader.getPlatformClassLoader());
    }

    /** @return a fresh loader over target/classes, ImageJ 1.x and scijava-common */
    static IsolatedGuards create() {
        return new IsolatedGuards(new URL[] {location(Guard.class), location(ij.IJ.class),
            location(org.scijava.io.IOPlugin.class)});
    }

    private static URL location(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        asked.add(name);
        return super.loadClass(name, resolve);
    }

    /** @return the names asked for that belong to this project but not to the guard package */
    List<String> projectClassesOutsideTheGuards() {
        List<String> out = new ArrayList<>();
        synchronized (asked) {
            for (String name : asked) {
                if (name.startsWith("io.github.hipercam.") && !name.startsWith(Guard.class.getPackageName() + ".")) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /**
     * Runs a guard's logic with a given Java version and returns what it printed.
     *
     * @param guard the guard's class name
     * @param javaVersion the faked {@code java.version}
     * @return [whether the command ran, standard output]
     * @throws Exception if reflection fails
     */
    Object[] runGuard(String guard, String javaVersion) throws Exception {
        Class<?> c = loadClass(guard);
        Object g = c.getConstructor().newInstance();
        Method run = loadClass(Guard.class.getName()).getDeclaredMethod("run", String.class, String.class);
        run.setAccessible(true);
        Object[] ran = new Object[1];
        String out = stdout(() -> ran[0] = run.invoke(g, "", javaVersion));
        return new Object[] {ran[0], out};
    }

    /**
     * @param javaVersion the faked {@code java.version}
     * @return About's text for it
     * @throws Exception if reflection fails
     */
    String aboutText(String javaVersion) throws Exception {
        Method text = loadClass(About.class.getName()).getDeclaredMethod("text", String.class);
        text.setAccessible(true);
        return (String) text.invoke(null, javaVersion);
    }

    /** Something to run whose standard output is wanted. */
    interface Action {
        void run() throws Exception;
    }

    /**
     * @param action what to run
     * @return what it printed on standard output
     * @throws Exception what it threw
     */
    static String stdout(Action action) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(before);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** @return label to class of each line of plugins.config, in order */
    static Map<String, String> pluginsConfig() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("plugins.config"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int q1 = line.indexOf('"');
            int q2 = line.indexOf('"', q1 + 1);
            String cls = line.substring(q2 + 1).replaceFirst("^\\s*,\\s*", "").replaceFirst("\\(.*$", "").strip();
            out.put(line.substring(q1 + 1, q2), cls);
        }
        return out;
    }

    /** @return the folder of target/classes, for messages */
    static Path classes() {
        try {
            return Path.of(location(Guard.class).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
