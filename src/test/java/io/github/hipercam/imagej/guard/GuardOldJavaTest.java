package io.github.hipercam.imagej.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scijava.Context;
import org.scijava.io.IOPlugin;
import org.scijava.io.IOService;
import org.scijava.io.location.FileLocation;

/**
 * Each guard of plugins.config, handed an old Java version, headless: it
 * prints the message (which Java, that 17 is needed, how to get it), does
 * not run the command, and never asks for a class compiled for Java 17.
 */
class GuardOldJavaTest {

    private static final Path HCM = Path.of("testdata", "hcm", "frame_003.hcm").toAbsolutePath();

    static Stream<Arguments> guardsAndOldJavas() throws Exception {
        Set<String> guards = new LinkedHashSet<>(IsolatedGuards.pluginsConfig().values());
        guards.remove(About.class.getName());
        List<Arguments> out = new ArrayList<>();
        String[] olds = {"1.8.0_392", "1.8.0_60", "11.0.22", "16.0.2"};
        int i = 0;
        for (String guard : guards) {
            out.add(Arguments.of(guard, olds[i++ % olds.length]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on Java {1}")
    @MethodSource("guardsAndOldJavas")
    void refusesWithTheMessageAndNeverLoadsTheCommand(String guard, String javaVersion) throws Exception {
        try (IsolatedGuards loader = IsolatedGuards.create()) {
            Object[] result = loader.runGuard(guard, javaVersion);
            String said = (String) result[1];
            assertEquals(Boolean.FALSE, result[0], "the command did not run");
            assertTrue(said.startsWith("The HiPERCAM commands (hipercam-ij "), said);
            assertTrue(said.contains(") need Java 17 or later.\nThis ImageJ runs on Java " + javaVersion + " ("
                    + System.getProperty("java.home") + "), so they cannot run here."), said);
            assertTrue(said.contains("install Fiji from https://fiji.sc (its current builds come with Java 21)"), said);
            assertTrue(said.contains("into Fiji.app/plugins/"), said);
            assertTrue(said.contains("java -jar ij.jar   (in the ImageJ folder, which holds ij.jar and plugins/)"), said);
            assertTrue(said.contains("Install notes: https://github.com/hipercam-ij/hipercam-ij#install"), said);
            assertEquals(List.of(), loader.projectClassesOutsideTheGuards(),
                    "classes compiled for Java 17 that Java " + javaVersion + " would have failed to load");
        }
    }

    @Test
    void withTheRealJavaTheGuardCreatesItsCommand() throws Exception {
        try (IsolatedGuards loader = IsolatedGuards.create()) {
            // Frame Times with no image: the real command runs and says it needs one (headless: printed)
            Object[] result = loader.runGuard(FrameTimesGuard.class.getName(), System.getProperty("java.version"));
            assertEquals(Boolean.TRUE, result[0]);
            assertTrue(((String) result[1]).contains("Frame Times needs a HiPERCAM image"), (String) result[1]);
            assertTrue(loader.projectClassesOutsideTheGuards().contains("io.github.hipercam.imagej.commands.FrameTimesCommand"));
        }
    }

    @Test
    void aboutAnswersOnAnyJavaAndSaysWhetherItIsNewEnough() throws Exception {
        try (IsolatedGuards loader = IsolatedGuards.create()) {
            String old = loader.aboutText("1.8.0_392");
            assertTrue(old.startsWith("hipercam-ij 0.1.0-SNAPSHOT\n"), old);
            assertTrue(old.contains("Plugin: " + IsolatedGuards.classes()), old);
            assertTrue(old.contains("on Java 1.8.0_392 ("), old);
            assertTrue(old.contains("Java 1.8.0_392: too old (the commands need Java 17 or later)"), old);
            assertTrue(old.contains("install Fiji from https://fiji.sc"), old);
            assertTrue(old.contains("Documentation (README, the user guide): https://github.com/hipercam-ij/hipercam-ij\n"),
                    old);
            String now = loader.aboutText("17.0.15");
            assertTrue(now.contains("Java 17.0.15: new enough (the commands need Java 17 or later)"), now);
            assertFalse(now.contains("fiji.sc"), now);
            assertEquals(List.of(), loader.projectClassesOutsideTheGuards());
        }
    }

    @Test
    void theIoPluginClaimsNoFileOnAnOldJava() throws Exception {
        HcmIOPluginGuard old = new HcmIOPluginGuard("1.8.0_392");
        assertFalse(old.supportsOpen(new FileLocation(HCM.toFile())), "an old Fiji reads it as if we were not there");
        IOException e = assertThrows(IOException.class, () -> old.open(new FileLocation(HCM.toFile())));
        assertTrue(e.getMessage().contains("need Java 17 or later"), e.getMessage());
        HcmIOPluginGuard now = new HcmIOPluginGuard(System.getProperty("java.version"));
        assertTrue(now.supportsOpen(new FileLocation(HCM.toFile())), "on this Java the real plugin claims .hcm");
    }

    @Test
    void sciJavasIoServicePassesOverTheGuardOnAnOldJava() throws Exception {
        System.setProperty(JavaVersion.OVERRIDE, "1.8.0_392");
        try (Context ctx = new Context(IOService.class)) {
            IOPlugin<?> opener = ctx.service(IOService.class).getOpener(HCM.toString());
            assertFalse(opener instanceof HcmIOPluginGuard, "an old Fiji asks its other readers: " + opener);
        } finally {
            System.clearProperty(JavaVersion.OVERRIDE);
        }
        try (Context ctx = new Context(IOService.class)) {
            IOPlugin<?> opener = ctx.service(IOService.class).getOpener(HCM.toString());
            assertTrue(opener instanceof HcmIOPluginGuard, "on this Java the guard claims .hcm: " + opener);
        }
    }

    @Test
    void theIoPluginNeverLoadsTheRealOneOnAnOldJava() throws Exception {
        try (IsolatedGuards loader = IsolatedGuards.create()) {
            Class<?> c = loader.loadClass(HcmIOPluginGuard.class.getName());
            var make = c.getDeclaredConstructor(String.class);
            make.setAccessible(true);
            Object guard = make.newInstance("1.8.0_392");
            var real = c.getDeclaredMethod("real");
            real.setAccessible(true);
            assertEquals(null, real.invoke(guard));
            assertEquals(List.of(), loader.projectClassesOutsideTheGuards());
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
