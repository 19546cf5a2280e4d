package io.github.hipercam.imagej.guard;

/**
 * Which Java ImageJ runs, and whether it is new enough for the HiPERCAM
 * commands.
 */
public final class JavaVersion {

    /** The Java feature release the plugin's classes are compiled for (class version 61). */
    public static final int REQUIRED = 17;

    /** Replaces {@code java.version} in the check when set, to try the old-Java path on a new Java. */
    public static final String OVERRIDE = "hipercam.guard.javaVersion";

    private JavaVersion() {
    }

    /** @return the Java version string the check uses: {@value #OVERRIDE} if set, else {@code java.version} */
    public static String running() {
        String faked = System.getProperty(OVERRIDE);
        return faked != null && !faked.trim().isEmpty() ? faked.trim() : System.getProperty("java.version");
    }

    /**
     * The feature release of a {@code java.version} string: 8 for
     * {@code "1.8.0_392"}, 17 for {@code "17.0.15"}, 21 for {@code "21"} or
     * {@code "21-ea"}.
     *
     * @param version a {@code java.version} string
     * @return its feature release, or -1 if it cannot be read
     */
    public static int feature(String version) {
        if (version == null) {
            return -1;
        }
        String v = version.trim();
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        int end = 0;
        while (end < v.length() && end < 4 && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 0 || end < v.length() && Character.isDigit(v.charAt(end))) {
            return -1;
        }
        return Integer.parseInt(v.substring(0, end));
    }

    /**
     * @param version a {@code java.version} string
     * @return true if it names a Java older than {@link #REQUIRED}; false if new enough or unreadable
     *     (then loading the classes decides)
     */
    public static boolean tooOld(String version) {
        int f = feature(version);
        return f >= 0 && f < REQUIRED;
    }
}
