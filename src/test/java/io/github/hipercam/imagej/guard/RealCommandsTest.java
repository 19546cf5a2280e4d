package io.github.hipercam.imagej.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.plugin.PlugIn;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scijava.io.IOPlugin;

/**
 * The one table of real command names: every name must load and be an
 * ImageJ PlugIn. This is the test that fails when a command class moves or is
 * renamed and the table is not updated.
 */
class RealCommandsTest {

    @Test
    void everyNameIsALoadablePlugInWithAPublicNoArgumentConstructor() throws Exception {
        assertEquals(9, RealCommands.all().size(), "the nine commands of Plugins > HiPERCAM other than About");
        for (Map.Entry<Class<? extends Guard>, String> row : RealCommands.all().entrySet()) {
            Class<?> c = Class.forName(row.getValue());
            assertTrue(PlugIn.class.isAssignableFrom(c), row.getValue() + " (behind " + row.getKey().getSimpleName()
                    + ") is not an ij.plugin.PlugIn");
            assertTrue(Modifier.isPublic(c.getModifiers()) && Modifier.isPublic(c.getConstructor().getModifiers()),
                    row.getValue() + " must be public with a public no-argument constructor");
            assertFalse(c.getName().startsWith(Guard.class.getPackageName()), "a guard cannot guard a guard");
        }
        assertEquals(9, new HashSet<>(RealCommands.all().values()).size(), "each command has one guard");
    }

    @Test
    void theIoPluginNameIsALoadableIoPlugin() throws Exception {
        Class<?> c = Class.forName(RealCommands.IO_PLUGIN);
        assertTrue(IOPlugin.class.isAssignableFrom(c), RealCommands.IO_PLUGIN + " is not a SciJava IOPlugin");
        assertTrue(c.getConstructor().newInstance() instanceof IOPlugin);
    }

    @Test
    void everyGuardClassOfThePackageHasARowAndCreatesItsCommand() throws Exception {
        Path dir = Path.of(Guard.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Guard.class.getPackageName().replace('.', '/'));
        Set<String> guards = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(Guard.class.getPackageName() + "." + name.replace(".class", ""));
                    if (Guard.class.isAssignableFrom(c) && c != Guard.class) {
                        guards.add(c.getSimpleName());
                        String command = RealCommands.of(c.asSubclass(Guard.class));
                        PlugIn p2 = RealCommands.create(command, c.getClassLoader());
                        assertEquals(command, p2.getClass().getName());
                    }
                }
            }
        }
        Set<String> rows = new TreeSet<>();
        RealCommands.all().keySet().forEach(g -> rows.add(g.getSimpleName()));
        assertEquals(rows, guards, "guard classes in " + dir + " and rows of the table");
    }
}
