package io.github.hipercam.imagej;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Ccd;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.imagej.patcher.LegacyEnvironment;

/**
 * A headless ImageJ 1.x, patched by {@code ij1-patcher}, with this project's
 * classes on its plugin class path, so that tests run our commands and macros
 * exactly as a user's macro would: by menu label through {@code plugins.config}.
 *
 * <p>ImageJ lives in its own class loader, so its images cannot be handed to
 * the test directly. Test macros therefore write what they saw (pixel values,
 * labels, Results tables) to files, and the tests read those.
 */
public final class HeadlessImageJ {

    private final LegacyEnvironment ij;

    private HeadlessImageJ(LegacyEnvironment ij) {
        this.ij = ij;
    }

    /**
     * @return a fresh headless ImageJ that knows this project's commands
     */
    public static HeadlessImageJ start() {
        System.setProperty("java.awt.headless", "true");
        try {
            LegacyEnvironment env = new LegacyEnvironment(null, true);
            env.disableIJ1PluginDirs();
            env.addPluginClasspath(location(HeadlessImageJ.class), location(io.github.hipercam.model.Ccd.class),
                    location(nom.tam.fits.Fits.class));
            // the file server's libraries, which the plugin jar carries shaded (Serve Runs...)
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (entry.contains("/org/eclipse/jetty/") || entry.contains("/org/slf4j/")) {
                    env.addPluginClasspath(new File(entry));
                }
            }
            return new HeadlessImageJ(env);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("ImageJ 1.x is not on the test class path", e);
        }
    }

    private static File location(Class<?> c) {
        try {
            return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs macro code, as {@code IJ.runMacro}.
     *
     * @param code macro code
     * @param arg what {@code getArgument()} gives
     */
    public void runMacro(String code, String arg) {
        ij.runMacro(code, arg);
    }

    /**
     * Runs a command by its menu label with macro options, as {@code IJ.run}.
     *
     * @param command menu label
     * @param options macro options
     */
    public void run(String command, String options) {
        ij.run(command, options);
    }

    /** Aborts the running macro, as the Esc key does ({@code Interpreter.abort()}). */
    public void abortMacro() {
        try {
            ij.getClassLoader().loadClass("ij.macro.Interpreter").getMethod("abort").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach ImageJ's macro interpreter", e);
        }
    }

    /** @return menu label to class, as ImageJ built it from plugins.config files */
    public java.util.Map<String, String> menu() {
        return ij.getMenuStructure();
    }

    /**
     * Quotes a path for a macro string literal.
     *
     * @param p a path
     * @return the path with forward slashes, in double quotes
     */
    public static String quote(Path p) {
        return '"' + p.toAbsolutePath().toString().replace('\\', '/') + '"';
    }

    /**
     * @param p a file a macro wrote
     * @return its text
     */
    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HipercamException(p + ": the macro did not write it: " + e.getMessage(), e);
        }
    }
}
