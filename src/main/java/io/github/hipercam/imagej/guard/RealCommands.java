package io.github.hipercam.imagej.guard;

import ij.plugin.PlugIn;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of the classes the guards hand over to, by name: they are
 * compiled for Java 17 and must never be named in code that Java 8 loads.
 * When a command class moves or is renamed, change its name here;
 * {@code RealCommandsTest} fails on a name that is not a loadable
 * {@link PlugIn}.
 */
public final class RealCommands {

    /** Fiji's File &gt; Open for .hcm and raw HiPERCAM files (a SciJava {@code IOPlugin}, not a command). */
    public static final String IO_PLUGIN = "io.github.hipercam.imagej.commands.HcmIOPlugin";

    private static final String COMMANDS_PACKAGE = "io.github.hipercam.imagej.commands.";
    private static final String MACROS_PACKAGE = "io.github.hipercam.imagej.macros.";
    private static final Map<Class<? extends Guard>, String> COMMANDS = table();

    private RealCommands() {
    }

    private static Map<Class<? extends Guard>, String> table() {
        Map<Class<? extends Guard>, String> t = new LinkedHashMap<Class<? extends Guard>, String>();
        t.put(OpenRunGuard.class, COMMANDS_PACKAGE + "OpenRunCommand");
        t.put(OpenHcmGuard.class, COMMANDS_PACKAGE + "OpenHcmCommand");
        t.put(FollowRunGuard.class, COMMANDS_PACKAGE + "FollowRunCommand");
        t.put(FrameHeaderGuard.class, COMMANDS_PACKAGE + "FrameHeaderCommand");
        t.put(FrameTimesGuard.class, COMMANDS_PACKAGE + "FrameTimesCommand");
        t.put(ExportFramesGuard.class, COMMANDS_PACKAGE + "ExportFramesCommand");
        t.put(DropBoxGuard.class, COMMANDS_PACKAGE + "DropBoxCommand");
        t.put(MacroExtensionsGuard.class, MACROS_PACKAGE + "HipercamMacroExtensions");
        t.put(ServeRunsGuard.class, COMMANDS_PACKAGE + "ServeRunsCommand");
        return Collections.unmodifiableMap(t);
    }

    /** @return guard class to the name of the command it hands over to, in menu order */
    public static Map<Class<? extends Guard>, String> all() {
        return COMMANDS;
    }

    /**
     * @param guard a guard class
     * @return the name of its command class
     * @throws IllegalStateException if the guard has no row (a packaging fault)
     */
    static String of(Class<? extends Guard> guard) {
        String name = COMMANDS.get(guard);
        if (name == null) {
            throw new IllegalStateException(guard.getName() + " has no command in RealCommands");
        }
        return name;
    }

    /**
     * Creates a command. Loading it is the first time Java sees a class
     * compiled for Java 17.
     *
     * @param name the command's class name
     * @param loader the loader that loaded the guards (ImageJ's plugin class loader)
     * @return a new instance
     * @throws LinkageError if this Java cannot load it (UnsupportedClassVersionError)
     * @throws IllegalStateException if it is missing or not a PlugIn (a packaging fault)
     */
    static PlugIn create(String name, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(name, true, loader);
            return (PlugIn) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("hipercam-ij: the command " + name
                    + " is missing from the plugin jar or is not an ImageJ PlugIn: " + e, e);
        }
    }
}
