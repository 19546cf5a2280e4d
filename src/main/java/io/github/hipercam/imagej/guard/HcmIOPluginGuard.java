package io.github.hipercam.imagej.guard;

import java.io.IOException;
import org.scijava.Priority;
import org.scijava.io.AbstractIOPlugin;
import org.scijava.io.IOPlugin;
import org.scijava.io.location.Location;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Plugin;

/**
 * The SciJava I/O plugin Fiji finds in the jar (File &gt; Open, drag and
 * drop): on Java 17 or later it asks the real
 * {@link RealCommands#IO_PLUGIN}; on an older Java it claims no file, so
 * Fiji starts, logs nothing and opens every file as if the plugin were not
 * installed (the menu commands then say why they cannot run).
 *
 * <p>Marked {@code eager} with a high priority, as the real plugin was, so
 * that Fiji's legacy opener asks it before ImageJ 1.x's FITS reader.
 */
@Plugin(type = IOPlugin.class, priority = Priority.HIGH, attrs = @Attr(name = "eager"))
public final class HcmIOPluginGuard extends AbstractIOPlugin<Object> {

    private final String javaVersion;
    private IOPlugin<Object> real;
    private boolean tried;

    /** The plugin SciJava creates: checks the Java ImageJ runs. */
    public HcmIOPluginGuard() {
        this(JavaVersion.running());
    }

    /** @param javaVersion the Java to check, a {@code java.version} string (tests give old ones) */
    HcmIOPluginGuard(String javaVersion) {
        this.javaVersion = javaVersion;
    }

    @Override
    public Class<Object> getDataType() {
        return Object.class;
    }

    @Override
    public boolean supportsOpen(Location source) {
        IOPlugin<Object> r = real();
        return r != null && r.supportsOpen(source);
    }

    @Override
    public boolean supportsSave(Location destination) {
        return false;
    }

    @Override
    public Object open(Location source) throws IOException {
        IOPlugin<Object> r = real();
        if (r == null) {
            throw new IOException(Messages.tooOld(javaVersion, PluginInfo.read()));
        }
        return r.open(source);
    }

    /** @return the real plugin, or null on a Java that cannot run it */
    @SuppressWarnings("unchecked")
    synchronized IOPlugin<Object> real() {
        if (!tried) {
            tried = true;
            if (!JavaVersion.tooOld(javaVersion)) {
                try {
                    Class<?> c = Class.forName(RealCommands.IO_PLUGIN, true, getClass().getClassLoader());
                    real = (IOPlugin<Object>) c.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                    real = null;   // as on an old Java: files are left to ImageJ's own readers
                    if (log() != null) {
                        log().warn("hipercam-ij: File > Open of .hcm files is off: " + e);
                    }
                }
            }
        }
        return real;
    }
}
