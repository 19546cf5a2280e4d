package io.github.hipercam.imagej.guard;

/**
 * The texts the guards and About show. Plain text with line breaks;
 * {@link Notice} turns URLs into links when it shows them in a window.
 */
final class Messages {

    /** Title of the message a guard shows on an old Java. */
    static final String TOO_OLD_TITLE = "HiPERCAM needs Java " + JavaVersion.REQUIRED;

    private Messages() {
    }

    /**
     * @param javaVersion the Java ImageJ runs
     * @param info the plugin's facts
     * @return why the commands cannot run and how to get a Java that runs them
     */
    static String tooOld(String javaVersion, PluginInfo info) {
        return "The HiPERCAM commands (hipercam-ij " + info.version() + ") need Java " + JavaVersion.REQUIRED
                + " or later.\n"
                + "This ImageJ runs on Java " + javaVersion + " (" + javaHome() + "), so they cannot run here.\n"
                + "\n"
                + howToGetJava(info);
    }

    /**
     * @param javaVersion the Java ImageJ runs
     * @param error what the Java said when it was asked to load the command
     * @param info the plugin's facts
     * @return the message for a Java that reads as new enough but cannot load the classes
     */
    static String cannotLoad(String javaVersion, LinkageError error, PluginInfo info) {
        return "The HiPERCAM commands (hipercam-ij " + info.version() + ") need Java " + JavaVersion.REQUIRED
                + " or later.\n"
                + "This ImageJ's Java (" + javaVersion + ", " + javaHome() + ") cannot load them:\n"
                + String.valueOf(error.getMessage()).replace(", ", ",\n") + "\n"
                + "\n"
                + howToGetJava(info);
    }

    private static String howToGetJava(PluginInfo info) {
        return "To use them, either:\n"
                + " - install Fiji from https://fiji.sc (its current builds come with Java 21)\n"
                + "   and put " + info.jarName() + " into Fiji.app/plugins/, or\n"
                + " - install Java " + JavaVersion.REQUIRED + " or later and start ImageJ 1.x with it:\n"
                + "   java -jar ij.jar   (in the ImageJ folder, which holds ij.jar and plugins/)\n"
                + "\n"
                + "Install notes: " + info.installUrl();
    }

    /**
     * @param javaVersion the Java ImageJ runs
     * @param imagejVersion ImageJ's version, e.g. 1.54p
     * @param info the plugin's facts
     * @return the text of About HiPERCAM
     */
    static String about(String javaVersion, String imagejVersion, PluginInfo info) {
        String java = (JavaVersion.tooOld(javaVersion) ? "too old" : "new enough")
                + " (the commands need Java " + JavaVersion.REQUIRED + " or later)";
        StringBuilder sb = new StringBuilder()
                .append("hipercam-ij ").append(info.version()).append('\n')
                .append("HiPERCAM, ULTRACAM and ULTRASPEC runs and .hcm files in ImageJ.\n")
                .append('\n')
                .append("Plugin: ").append(PluginInfo.location()).append('\n')
                .append("ImageJ ").append(imagejVersion).append(" on Java ").append(javaVersion)
                .append(" (").append(System.getProperty("java.vendor")).append(", ").append(javaHome()).append(")\n")
                .append("Java ").append(javaVersion).append(": ").append(java).append('\n')
                .append('\n')
                .append("Documentation (README, the user guide): ").append(info.url()).append('\n')
                .append("Install notes: ").append(info.installUrl());
        if (JavaVersion.tooOld(javaVersion)) {
            sb.append("\n\n").append(howToGetJava(info));
        }
        return sb.toString();
    }

    private static String javaHome() {
        return System.getProperty("java.home");
    }
}
