package io.github.hipercam.imagej.guard;

import ij.IJ;
import ij.plugin.PlugIn;

/**
 * Plugins &gt; HiPERCAM &gt; About HiPERCAM... and Help &gt; About Plugins
 * &gt; HiPERCAM...: the plugin's version and jar, the Java ImageJ runs (and
 * whether it is new enough), and where the documentation is. Compiled for
 * Java 8 like the guards, so it answers on any Java. Headless, or run
 * without an ImageJ window, it writes to the log instead of opening a
 * window.
 */
public final class About implements PlugIn {

    /** The window's title. */
    static final String TITLE = "About HiPERCAM";

    @Override
    public void run(String arg) {
        Notice.show(TITLE, text(JavaVersion.running()));
    }

    /**
     * @param javaVersion a {@code java.version} string
     * @return the text About shows for it
     */
    static String text(String javaVersion) {
        return Messages.about(javaVersion, IJ.getVersion(), PluginInfo.read());
    }
}
