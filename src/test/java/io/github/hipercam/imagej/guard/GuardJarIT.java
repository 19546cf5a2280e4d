package io.github.hipercam.imagej.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built plugin jar, as ImageJ on Java 8 would meet it: the guards are
 * class version 52 or less and name no class of ours outside their package;
 * every other class of the project is version 61; every line of its
 * plugins.config and every SciJava plugin it declares names a guard. Runs
 * after {@code package} (failsafe). The versions of the shaded libraries
 * are printed, not checked: they are whatever their authors built.
 */
class GuardJarIT {

    private static final String GUARDS = "io/github/hipercam/imagej/guard/";
    private static final String OURS = "io/github/hipercam/";
    private static final String SHADED = "io/github/hipercam/shaded/";
    private static final Pattern LINE = Pattern.compile("^([^,]+),\\s*\"([^\"]+)\",\\s*([\\w.]+)(\\(\"[^\"]*\"\\))?$");

    private static JarFile jar() throws IOException {
        Path path = Path.of(System.getProperty("hipercam.jar", "target/hipercam_ij-0.1.0-SNAPSHOT.jar"));
        assertTrue(Files.isRegularFile(path), "the plugin jar " + path + " is not built; run mvn verify");
        return new JarFile(path.toFile());
    }

    @Test
    void guardsAreJava8AndEverythingElseOfOursIsJava17() throws Exception {
        Map<String, Integer> guards = new TreeMap<>();
        Map<String, Integer> ours = new TreeMap<>();
        Map<String, TreeSet<Integer>> shaded = new TreeMap<>();
        try (JarFile jar = jar()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".class")) {
                    continue;
                }
                int major = ClassFiles.major(jar.getInputStream(entry).readAllBytes());
                if (name.startsWith(GUARDS)) {
                    guards.put(name, major);
                } else if (name.startsWith(OURS) && !name.startsWith(SHADED)) {
                    ours.put(name, major);
                } else {
                    shaded.computeIfAbsent(library(name), k -> new TreeSet<>()).add(major);
                }
            }
        }
        assertTrue(guards.size() >= 15, "the guard classes are in the jar: " + guards.keySet());
        guards.forEach((name, major) -> assertTrue(major <= 52, name + " has class version " + major + ", above Java 8's 52"));
        assertTrue(ours.size() > 100, "the project's classes are in the jar: " + ours.size());
        ours.forEach((name, major) -> assertEquals(61, major, name + ": the project's classes are compiled for Java 17"));
        System.out.println("GuardJarIT: " + guards.size() + " guard classes <= 52, " + ours.size()
                + " other project classes = 61; shaded and other classes by library: " + shaded);
    }

    /** @return the library a class belongs to: its first four package names */
    private static String library(String name) {
        String[] parts = name.split("/");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(parts.length - 1, name.startsWith("META-INF/versions/") ? 3 : 5); i++) {
            sb.append(i == 0 ? "" : "/").append(parts[i]);
        }
        return sb.toString();
    }

    @Test
    void guardsNameNoClassOfOursOutsideTheirPackage() throws Exception {
        List<String> offending = new ArrayList<>();
        try (JarFile jar = jar()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.getName().startsWith(GUARDS) && entry.getName().endsWith(".class")) {
                    for (String s : ClassFiles.utf8Constants(jar.getInputStream(entry).readAllBytes())) {
                        if (s.replaceAll(GUARDS + "[\\w$]+", "").contains(OURS)) {
                            offending.add(entry.getName() + " -> " + s);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offending, "a Java 8 JVM would fail to load these Java 17 classes from a guard");
    }

    @Test
    void everyLineOfPluginsConfigAndEverySciJavaPluginNamesAGuard() throws Exception {
        try (JarFile jar = jar()) {
            List<String> classes = new ArrayList<>();
            for (String line : lines(jar, "plugins.config")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(line.strip());
                assertTrue(m.matches(), "not ImageJ 1.x plugins.config format: " + line);
                classes.add(m.group(3));
            }
            assertEquals(13, classes.size(), "the lines of plugins.config");
            String index = String.join("\n", lines(jar, "META-INF/json/org.scijava.plugin.Plugin"));
            Matcher m = Pattern.compile("\"class\":\"([\\w.$]+)\"").matcher(index);
            int plugins = 0;
            while (m.find()) {
                classes.add(m.group(1));
                plugins++;
            }
            assertEquals(1, plugins, "one SciJava plugin, the I/O plugin's guard: " + index);
            for (String c : classes) {
                String path = c.replace('.', '/') + ".class";
                assertTrue(path.startsWith(GUARDS), c + " is not in the guard package");
                JarEntry entry = jar.getJarEntry(path);
                assertTrue(entry != null, c + " is not in the jar");
                int major = ClassFiles.major(jar.getInputStream(entry).readAllBytes());
                assertTrue(major <= 52, c + " has class version " + major);
            }
            assertFalse(index.contains("io.github.hipercam.imagej.commands.HcmIOPlugin\""),
                    "the real I/O plugin is found only through its guard (a stale index? mvn clean)");
        }
    }

    private static List<String> lines(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertTrue(entry != null, name + " is not in the jar");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
