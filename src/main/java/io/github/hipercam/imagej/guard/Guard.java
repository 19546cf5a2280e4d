package io.github.hipercam.imagej.guard;

import ij.plugin.PlugIn;

/**
 * An ImageJ command that checks the Java ImageJ runs before it hands over
 * to the real command ({@link RealCommands}). A subclass is one line of
 * {@code plugins.config} and has no code of its own.
 *
 * <p>On Java 17 or later, {@link #run} creates the real command and calls
 * its {@code run(arg)} on the same thread: a macro's options
 * ({@code Macro.getOptions()} belongs to the thread), the recorder (which
 * records the menu label) and the result are those of the real command. On
 * an older Java it never loads the real class: it shows the message of
 * {@link Messages#tooOld} and stops a running macro.
 */
public abstract class Guard implements PlugIn {

    @Override
    public final void run(String arg) {
        run(arg, JavaVersion.running());
    }

    /**
     * The guard's logic, with the Java version as a parameter so that tests
     * can give an old one.
     *
     * @param arg the argument from plugins.config, handed over as it is
     * @param javaVersion a {@code java.version} string
     * @return true if the real command ran, false if the user was told why not
     */
    final boolean run(String arg, String javaVersion) {
        if (JavaVersion.tooOld(javaVersion)) {
            Notice.refuse(Messages.TOO_OLD_TITLE, Messages.tooOld(javaVersion, PluginInfo.read()));
            return false;
        }
        PlugIn command;
        try {
            command = RealCommands.create(RealCommands.of(getClass()), getClass().getClassLoader());
        } catch (UnsupportedClassVersionError e) {
            Notice.refuse(Messages.TOO_OLD_TITLE, Messages.cannotLoad(javaVersion, e, PluginInfo.read()));
            return false;
        }
        command.run(arg);
        return true;
    }
}
