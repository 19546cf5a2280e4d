package io.github.hipercam.imagej.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.imagej.HeadlessImageJ;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each line of plugins.config on this (new enough) Java, in a headless
 * ImageJ 1.x: ImageJ's command table names the guard, and running the
 * label with macro options, as a recorded macro does, gets the real
 * command's result.
 */
class GuardHandOverTest {

    private static final String LIST = slashes(Path.of("testdata", "hcm", "frames.lis"));
    private static final String HCM = slashes(Path.of("testdata", "hcm", "frame_003.hcm"));
    private static final String OPEN = "run(\"Open Run...\", \"source=hf run=[" + LIST + "] ccd=all first=1 last=0\");\n";
    private static HeadlessImageJ ij;

    /** label -> [macro that leaves its result in s, the result expected (or what standard output contains)]. */
    private static final Map<String, String[]> CASES = cases();

    private static Map<String, String[]> cases() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("Open Run...", new String[] {"run(\"Open Run...\", \"source=hf run=[" + LIST
                + "] ccd=2 first=2 last=0\");\ns = getTitle() + \"|\" + nSlices;", "frames.lis CCD 2|2"});
        m.put("HiPERCAM Run...", new String[] {"run(\"HiPERCAM Run...\", \"source=hf run=[" + LIST
                + "] ccd=all first=1 last=0 hyperstack\");\nStack.getDimensions(w, h, c, z, t);\n"
                + "s = \"\" + c + \"|\" + t;", "5|3"});
        m.put("Open .hcm...", new String[] {"run(\"Open .hcm...\", \"file=[" + HCM + "]\");\ns = \"\" + nImages;", "5"});
        m.put("HiPERCAM .hcm...", new String[] {"run(\"HiPERCAM .hcm...\", \"file=[" + HCM
                + "] hyperstack\");\nStack.getDimensions(w, h, c, z, t);\ns = getTitle() + \"|\" + c;",
            "frame_003.hcm|5"});
        m.put("Follow Run (live)...", new String[] {"run(\"Follow Run (live)...\", \"source=hf run=[" + LIST
                + "] twait=0.1 tmax=1 ccd=2\");\ns = getTitle();", "frames.lis CCD 2"});
        m.put("Show Frame Header", new String[] {OPEN + "setSlice(2);\nrun(\"Show Frame Header\");\n"
                + "for (i = 0; i < nResults; i++) if (getResultString(\"Key\", i) == \"NFRAME\")"
                + " s = getResultString(\"Value\", i);", "2"});
        m.put("Frame Times", new String[] {OPEN + "run(\"Frame Times\", \"plot\");\ns = \"\" + nResults;", "3"});
        m.put("Export Frames...", new String[] {OPEN + "run(\"Export Frames...\", \"folder=[EXPORT] root=g digits=2"
                + " first=2 last=3\");\ns = \"\" + File.exists(\"EXPORT/g_02.hcm\") + File.exists(\"EXPORT/g_03.hcm\")"
                + " + File.exists(\"EXPORT/g_01.hcm\");", "110"});
        m.put("HiPERCAM Drop Box", new String[] {"run(\"HiPERCAM Drop Box\");",
            "stdout:HiPERCAM Drop Box needs a screen"});
        m.put("HiPERCAM Macro Extensions", new String[] {"run(\"HiPERCAM Macro Extensions\");\n"
                + "Ext.openRun(\"hf\", \"" + LIST + "\", 2);\nr = Ext.nextFrame(\"3\");\n"
                + "s = r + \"|\" + getTitle();\nExt.close();", "2|frames.lis CCD 3 frame 2"});
        m.put("Serve Runs...", new String[] {"run(\"Serve Runs...\", \"directory=[" + slashes(Path.of("testdata", "hcam"))
                + "] port=PORT bind=127.0.0.1\");\nlisting = \"<Error\";\n"
                + "for (i = 0; i < 100 && startsWith(listing, \"<Error\"); i++) { wait(100);"
                + " listing = File.openUrlAsString(\"http://127.0.0.1:PORT/?action=dir\"); }\n"
                + "run(\"Serve Runs...\");\nif (indexOf(listing, \"run0001\") >= 0) s = \"listed\";", "listed"});
        m.put("About HiPERCAM...", new String[] {"run(\"About HiPERCAM...\");",
            "stdout:Java " + System.getProperty("java.version") + ": new enough (the commands need Java 17 or later)"});
        m.put("HiPERCAM...", new String[] {"run(\"HiPERCAM...\");", "stdout:hipercam-ij 0.1.0-SNAPSHOT\n"});
        return m;
    }

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    static List<String> labels() {
        return List.copyOf(CASES.keySet());
    }

    @Test
    void everyLineOfPluginsConfigIsAGuardAndHasACaseHere() throws Exception {
        Map<String, String> config = IsolatedGuards.pluginsConfig();
        assertEquals(config.keySet(), CASES.keySet(), "labels of plugins.config and of this test");
        for (Map.Entry<String, String> e : config.entrySet()) {
            Class<?> c = Class.forName(e.getValue());
            assertEquals(Guard.class.getPackage(), c.getPackage(), e.getKey() + " names " + e.getValue());
            assertTrue(Guard.class.isAssignableFrom(c) || c == About.class, e.getValue() + " is a guard or About");
        }
    }

    @Test
    void imagejsCommandTableNamesTheGuards(@TempDir Path dir) throws Exception {
        StringBuilder body = new StringBuilder("List.setCommands;\n");
        for (String label : CASES.keySet()) {
            body.append("s = s + List.get(\"").append(label).append("\") + \"\\n\";\n");
        }
        List<String> classes = List.of(macro(dir, body.toString()).split("\n"));
        Map<String, String> table = new LinkedHashMap<>();
        int i = 0;
        for (String label : CASES.keySet()) {
            table.put(label, classes.get(i++));
        }
        assertEquals(IsolatedGuards.pluginsConfig(), table, "label to class in ImageJ's command table");
    }

    @Test
    void onAnOldJavaAMacroStopsAtTheRefusedCommand(@TempDir Path dir) throws Exception {
        Path after = dir.resolve("after.txt");
        System.setProperty(JavaVersion.OVERRIDE, "1.8.0_392");
        try {
            String printed = IsolatedGuards.stdout(() -> ij.runMacro("run(\"Open Run...\", \"source=hf run=[" + LIST
                    + "] ccd=1 first=1 last=0\");\nFile.saveString(\"went on\", \"" + slashes(after) + "\");\n", ""));
            assertTrue(printed.contains("This ImageJ runs on Java 1.8.0_392 ("), printed);
            assertTrue(printed.contains("install Fiji from https://fiji.sc"), printed);
            assertFalse(Files.exists(after), "the macro stopped at the refused command");
        } finally {
            System.clearProperty(JavaVersion.OVERRIDE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void theCommandRunsWithItsMacroOptions(String label, @TempDir Path dir) throws Exception {
        String[] c = CASES.get(label);
        String body = c[0].replace("EXPORT", slashes(Files.createDirectories(dir.resolve("export"))))
                .replace("PORT", Integer.toString(freePort()));
        if (c[1].startsWith("stdout:")) {
            String printed = IsolatedGuards.stdout(() -> macro(dir, body));
            assertTrue(printed.contains(c[1].substring("stdout:".length())), label + " printed:\n" + printed);
        } else {
            assertEquals(c[1], macro(dir, body), label);
        }
    }

    /** Runs macro code in batch mode and returns what it left in s. */
    private static String macro(Path dir, String body) throws Exception {
        Path out = dir.resolve("out.txt");
        Files.deleteIfExists(out);
        ij.runMacro("setBatchMode(true);\nclose(\"*\");\nrun(\"Clear Results\");\ns = \"\";\n" + body
                + "\nFile.saveString(s, \"" + slashes(out) + "\");\n", "");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String slashes(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }
}
