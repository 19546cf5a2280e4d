package io.github.hipercam.imagej.guard;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Properties;

/**
 * What the plugin says about itself: its version and where its
 * documentation is (from {@code hipercam-ij.properties}, written when the
 * jar is built), and the file it was loaded from.
 */
public final class PluginInfo {

    private static final String RESOURCE = "hipercam-ij.properties";
    private static final String FALLBACK_URL = "https://github.com/hipercam-ij/hipercam-ij";

    private final String version;
    private final String url;

    private PluginInfo(String version, String url) {
        this.version = version;
        this.url = url;
    }

    /** @return the plugin's facts; "unknown" for a version that was not written at build time */
    public static PluginInfo read() {
        Properties p = new Properties();
        try (InputStream in = PluginInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the facts stay unknown; the messages still make sense without them
        }
        return new PluginInfo(known(p.getProperty("version"), "unknown"), known(p.getProperty("url"), FALLBACK_URL));
    }

    private static String known(String value, String otherwise) {
        return value == null || value.isEmpty() || value.startsWith("${") ? otherwise : value;
    }

    /** @return the plugin's version, e.g. {@code 0.1.0-SNAPSHOT} */
    public String version() {
        return version;
    }

    /** @return the project's home page, whose README is the user guide */
    public String url() {
        return url;
    }

    /** @return the README's install section */
    public String installUrl() {
        return url + "#install";
    }

    /** @return the jar (or classes folder) the plugin was loaded from, or "unknown" */
    public static String location() {
        CodeSource source = PluginInfo.class.getProtectionDomain().getCodeSource();
        URL where = source == null ? null : source.getLocation();
        if (where == null) {
            return "unknown";
        }
        try {
            return new File(where.toURI()).getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return where.toString();
        }
    }

    /** @return the jar's file name, or the name a built plugin jar has */
    public String jarName() {
        String path = location();
        return path.endsWith(".jar") ? new File(path).getName() : "hipercam_ij-" + version + ".jar";
    }
}
