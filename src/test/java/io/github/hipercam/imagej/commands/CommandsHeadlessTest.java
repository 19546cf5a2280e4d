package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.HeadlessImageJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.HipercamException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.SynthHcm;
import io.github.hipercam.testutil.MemoryRuns;
import io.github.hipercam.testutil.ToyFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of {@code plugins.config}, run by its menu label with macro
 * options in a headless ImageJ, as a recorded macro would run it. The sample
 * is {@code testdata/hcm}: 3 frames of 5 CCDs; CCD c's window E1 starts at
 * image column 75, its bottom row at image row {@code 490 - 50(c-1)}.
 */
class CommandsHeadlessTest {

    private static final Path LIST = Path.of("testdata", "hcm", "frames.lis").toAbsolutePath();
    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    /** Runs macro code in batch mode (so every image a command shows is kept) and returns what it put in s. */
    private static List<String> macro(Path dir, String body) throws Exception {
        Path out = dir.resolve("out.txt");
        ij.runMacro("setBatchMode(true);\nclose(\"*\");\nrun(\"Clear Results\");\ns = \"\";\n" + body
                + "\nFile.saveString(s, " + HeadlessImageJ.quote(out) + ");\n", "");
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String q(Path p) {
        return p.toAbsolutePath().toString().replace('\\', '/');
    }

    /** label -> class of each line of plugins.config. */
    static Map<String, String> pluginsConfig() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("plugins.config"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int q1 = line.indexOf('"');
            int q2 = line.indexOf('"', q1 + 1);
            String cls = line.substring(q2 + 1).replaceFirst("^\\s*,\\s*", "").replaceFirst("\\(.*$", "").strip();
            out.put(line.substring(q1 + 1, q2), cls);
        }
        return out;
    }

    @Test
    void everyLineOfPluginsConfigIsAnImageJCommand(@TempDir Path dir) throws Exception {
        Map<String, String> config = pluginsConfig();
        assertTrue(config.size() >= 9, "plugins.config lists the commands: " + config.keySet());
        StringBuilder body = new StringBuilder("List.setCommands;\n");
        for (String label : config.keySet()) {
            body.append("s = s + List.get(\"").append(label).append("\") + \"\\n\";\n");
        }
        List<String> classes = macro(dir, body.toString());
        assertEquals(new ArrayList<>(config.values()), classes, "ImageJ's command table, label by label");
    }

    @Test
    void openRunGivesOneCalibratedLabelledStackPerCcd(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, "run(\"Open Run...\", \"source=hf run=[" + q(LIST)
                + "] ccd=2 first=1 last=0\");\n"
                + "s = getTitle() + \"\\n\" + nSlices + \"\\n\" + Stack.getFrameInterval() + \"\\n\";\n"
                + "x = 75; y = 440; toScaled(x, y);\n"
                + "s = s + d2s(x, 2) + \",\" + d2s(y, 2) + \"\\n\";\n"
                + "for (k = 1; k <= nSlices; k++) {\n"
                + "  setSlice(k);\n"
                + "  label = split(getMetadata(\"Label\"), \"\\n\");\n"
                + "  s = s + d2s(getPixel(75, 440), 4) + \"|\" + label[0] + \"|\" + label[1] + \"|\" + label[2] + \"\\n\";\n"
                + "}");
        assertEquals("frames.lis CCD 2", out.get(0));
        assertEquals("3", out.get(1));
        assertEquals(SynthHcm.CADENCE, Double.parseDouble(out.get(2)), 1e-9, "frame interval from the times");
        assertEquals("101.50,151.50", out.get(3), "cursor reads unbinned CCD x, y of E1's first binned pixel");
        for (int f = 1; f <= 3; f++) {
            String[] p = out.get(3 + f).split("\\|");
            assertEquals(SynthHcm.pixel(2, 1, f, 0, 0), Float.parseFloat(p[0]), "frame " + f);
            assertTrue(p[1].startsWith("frame " + f + "  MJD 58256.84"), p[1]);
            assertEquals("FRAME = " + f, p[2]);
            double mjd = SynthHcm.MJD0 + (f - 1) * SynthHcm.CADENCE / 86400.0 + 1e-6;
            assertEquals("MJDUTC = " + mjd, p[3]);
        }
    }

    @Test
    void importRunAsHyperstackOfAllCcds(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, "run(\"HiPERCAM Run...\", \"source=hf run=[" + q(LIST)
                + "] ccd=all first=2 last=3 hyperstack\");\n"
                + "Stack.getDimensions(w, h, channels, slices, frames);\n"
                + "s = \"\" + w + \"x\" + h + \" c\" + channels + \" z\" + slices + \" t\" + frames + \"\\n\";\n"
                + "Stack.setPosition(4, 1, 2);\n"
                + "s = s + d2s(getPixel(75, 340), 4) + \"\\n\" + getPixel(74, 340) + \"\\n\";");
        assertEquals("1074x520 c5 z1 t2", out.get(0));
        assertEquals(SynthHcm.pixel(4, 1, 3, 0, 0), Float.parseFloat(out.get(1)), "CCD 4 of frame 3");
        assertEquals("NaN", out.get(2));
    }

    @Test
    void openHcmGivesAnImagePerCcd(@TempDir Path dir) throws Exception {
        Path hcm = LIST.resolveSibling("frame_003.hcm");
        List<String> out = macro(dir, "run(\"Open .hcm...\", \"file=[" + q(hcm) + "]\");\n"
                + "s = \"\" + nImages + \"\\n\";\n"
                + "for (i = 1; i <= nImages; i++) {\n"
                + "  selectImage(i); y = 490 - 50 * (i - 1);\n"
                + "  s = s + getTitle() + \"|\" + d2s(getPixel(75 + 3, y - 5), 4) + \"\\n\";\n"
                + "}");
        assertEquals("5", out.get(0));
        for (int c = 1; c <= 5; c++) {
            String[] p = out.get(c).split("\\|");
            assertTrue(p[0].contains("CCD " + c), p[0]);
            assertEquals(SynthHcm.pixel(c, 1, 3, 3, 5), Float.parseFloat(p[1]));
        }
    }

    @Test
    void frameTimesPutsATableAndAPlot(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, "run(\"Open Run...\", \"source=hf run=[" + q(LIST)
                + "] ccd=3 first=1 last=0\");\n"
                + "run(\"Frame Times\", \"plot\");\n"
                + "s = \"\" + nResults + \"\\n\";\n"
                + "for (i = 0; i < nResults; i++)\n"
                + "  s = s + getResult(\"Frame\", i) + \"|\" + getResultString(\"CCD\", i) + \"|\""
                + " + d2s(getResult(\"MJDUTC\", i), 9) + \"|\" + getResult(\"EXPTIME\", i) + \"|\""
                + " + getResult(\"GOODTIME\", i) + \"|\" + getResult(\"DSTATUS\", i) + \"\\n\";\n"
                + "s = s + getTitle() + \"\\n\";");
        assertEquals("3", out.get(0));
        for (int f = 1; f <= 3; f++) {
            String[] p = out.get(f).split("\\|");
            assertEquals(List.of(Integer.toString(f), "3"), List.of(p[0], p[1]));
            double mjd = SynthHcm.MJD0 + (f - 1) * SynthHcm.CADENCE / 86400.0 + 2e-6;
            assertEquals(mjd, Double.parseDouble(p[2]), 1e-9);
            assertEquals(List.of("4", f == 2 ? "0" : "1", "1"), List.of(p[3], p[4], p[5]));
        }
        assertEquals("Frame times of frames.lis CCD 3", out.get(4), "the plot is the current image");
    }

    @Test
    void showFrameHeaderFillsATableOfTheFramesItems(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, "run(\"Open Run...\", \"source=hf run=[" + q(LIST) + "] ccd=1 first=1 last=0\");\n"
                + "setSlice(2);\nrun(\"Show Frame Header\");\n"
                + "for (i = 0; i < nResults; i++) {\n"
                + "  k = getResultString(\"Key\", i); c = getResultString(\"CCD\", i);\n"
                + "  if (k == \"NFRAME\" || (k == \"GOODTIME\" && c == \"5\"))"
                + " s = s + k + \"|\" + getResultString(\"Value\", i) + \"|\" + c + \"\\n\";\n"
                + "}");
        assertEquals(List.of("NFRAME|2|", "GOODTIME|false|5"), out);
    }

    @Test
    void exportFramesWritesHcmFilesAndNeverOverwritesUnasked(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("grab"));
        String open = "run(\"Open Run...\", \"source=hf run=[" + q(LIST) + "] ccd=all first=1 last=0\");\n";
        String export = "run(\"Export Frames...\", \"folder=[" + q(folder) + "] root=grab digits=4 first=2 last=3\");\n";
        macro(dir, open + export);
        Mccd m = Hcm.readMccd(folder.resolve("grab_0003.hcm"));
        assertEquals(SynthHcm.pixel(5, 2, 3, 11, 7), (float) m.ccd("5").window("F1").get(11, 7));
        assertTrue(Files.exists(folder.resolve("grab_0002.hcm")));
        assertFalse(Files.exists(folder.resolve("grab_0001.hcm")));

        Files.writeString(folder.resolve("grab_0002.hcm"), "mine");
        stderrOf(() -> {
            try {
                macro(dir, open + export);
            } catch (Exception e) {
                // the command stops the macro: expected
            }
        });
        assertEquals("mine", Files.readString(folder.resolve("grab_0002.hcm")), "a user's file is kept");
        macro(dir, open + export.replace("last=3", "last=3 overwrite"));
        assertEquals(SynthHcm.pixel(1, 1, 2, 0, 0),
                (float) Hcm.readMccd(folder.resolve("grab_0002.hcm")).ccd("1").window("E1").get(0, 0));
    }

    @Test
    void followRunGrowsTheStackAsFramesArrive(@TempDir Path dir) throws Exception {
        MemoryRuns.Run run = ToyFormat.run("live", 2, 1, false);
        Path out = dir.resolve("follow.txt");
        Thread telescope = new Thread(() -> {
            for (int f = 2; f <= 3; f++) {
                run.awaitGiven(f - 1, java.time.Duration.ofSeconds(60));
                ToyFormat.grow(run, f - 1, f);
            }
            run.awaitGiven(3, java.time.Duration.ofSeconds(60));
            run.finish();
        });
        telescope.start();
        ij.runMacro("setBatchMode(true);\nclose(\"*\");\n"
                + "run(\"Follow Run (live)...\", \"source=toycam:memory run=[live]"
                + " twait=0.1 tmax=30 ccd=2\");\n"
                + "t0 = getTime();\n"
                + "n = 0;\n"
                + "while (n < 3 && getTime() - t0 < 60000) {\n"
                + "  wait(50);\n"
                + "  if (nImages > 0) { selectImage(1); n = nSlices; }\n"
                + "}\n"
                + "setSlice(nSlices);\n"
                + "File.saveString(getTitle() + \"\\n\" + nSlices + \"\\n\" + d2s(getPixel(75, 440), 4) + \"\\n\""
                + " + getMetadata(\"Label\"), " + HeadlessImageJ.quote(out) + ");\n", "");
        telescope.join(60_000);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).contains("CCD 2"), lines.get(0));
        assertEquals("3", lines.get(1), "the stack grew to the three frames written");
        assertEquals(SynthHcm.pixel(2, 1, 3, 0, 0), Float.parseFloat(lines.get(2)));
        assertEquals("FRAME = 3", lines.get(4));
    }

    @Test
    void macroExtensionsCommandRegistersTheExtFunctions(@TempDir Path dir) throws Exception {
        List<String> out = macro(dir, "run(\"HiPERCAM Macro Extensions\");\n"
                + "Ext.openRun(\"hf\", \"" + q(LIST) + "\", 1);\nExt.getFrameCount(n);\ns = \"\" + n;\nExt.close();");
        assertEquals(List.of("3"), out);
    }

    @Test
    void dropBoxNeedsAScreenAndSaysSoHeadless(@TempDir Path dir) throws Exception {
        String logged = stdoutOf(() -> {
            try {
                macro(dir, "run(\"HiPERCAM Drop Box\");");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(logged.contains("HiPERCAM Drop Box needs a screen"), logged);
    }

    private static String stdoutOf(Runnable r) {
        return capture(r, false);
    }

    private static String stderrOf(Runnable r) {
        return capture(r, true);
    }

    private static String capture(Runnable r, boolean err) {
        PrintStream saved = err ? System.err : System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        if (err) {
            System.setErr(ps);
        } else {
            System.setOut(ps);
        }
        try {
            r.run();
        } finally {
            if (err) {
                System.setErr(saved);
            } else {
                System.setOut(saved);
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** Serve Runs... from a macro: the directory is served to an hs client, and a second run stops it. */
    @Test
    void serveRunsServesADirectoryUntilRunAgain(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        Path hcam = Path.of("testdata", "hcam");
        macro(dir, "run(\"Serve Runs...\", \"directory=[" + q(hcam) + "] port=" + port
                + " bind=127.0.0.1 allowed=[http://web.example:8080, viewer.example]\");");
        io.github.hipercam.spool.SpoolOptions opts = io.github.hipercam.spool.SpoolOptions.defaults()
                .withServerUrl("127.0.0.1:" + port + "/").withTimeout(java.time.Duration.ofSeconds(2));
        serverRun(opts, 100).close();
        assertEquals(200, status(port, "Origin: http://web.example:8080"), "an allowed origin");
        assertEquals(200, status(port, "Host: viewer.example"), "an allowed name");
        assertEquals(403, status(port, "Origin: http://evil.example"), "any other origin");
        try (OpenedRun servedRun = serverRun(opts, 100);
                OpenedRun diskRun = Runs.open("hl", hcam.resolve("run0001").toString(), opts)) {
            RunReader<Mccd> served = servedRun.frames();
            RunReader<Mccd> disk = diskRun.frames();
            assertEquals(3, served.available(), "frames served");
            io.github.hipercam.model.Mccd a = ((io.github.hipercam.spool.Poll.Ready<io.github.hipercam.model.Mccd>)
                    served.read(2)).frame();
            io.github.hipercam.model.Mccd b = ((io.github.hipercam.spool.Poll.Ready<io.github.hipercam.model.Mccd>)
                    disk.read(2)).frame();
            assertEquals(b.ccd("3").window("E1").sum(), a.ccd("3").window("E1").sum(), "pixels of frame 2, CCD 3");
            assertEquals(b.ccd("3").head().get("MJDUTC"), a.ccd("3").head().get("MJDUTC"), "time of frame 2");
        }
        macro(dir, "run(\"Serve Runs...\");");
        for (int i = 0; i < 100; i++) {
            try (OpenedRun r = Runs.open("hs", "run0001", opts)) {
                Thread.sleep(100); // still stopping
            } catch (io.github.hipercam.HipercamException stopped) {
                return;
            }
        }
        org.junit.jupiter.api.Assertions.fail("the server still answers after Serve Runs... was run again");
    }

    /** @return the status of a listing request to 127.0.0.1:port with one more header line */
    private static int status(int port, String header) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            String host = header.startsWith("Host:") ? "" : "Host: 127.0.0.1:" + port + "\r\n";
            s.getOutputStream().write(("GET /?action=dir HTTP/1.1\r\n" + host + header + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String reply = new String(s.getInputStream().readNBytes(1 << 16), java.nio.charset.StandardCharsets.ISO_8859_1);
            return Integer.parseInt(reply.split(" ", 3)[1]);
        }
    }

    /** The server starts on a worker thread: try for up to tries * 100 ms. */
    private static OpenedRun serverRun(io.github.hipercam.spool.SpoolOptions opts, int tries)
            throws InterruptedException {
        for (int i = 1; ; i++) {
            try {
                return Runs.open("hs", "run0001", opts);
            } catch (io.github.hipercam.HipercamException notYet) {
                if (i == tries) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }
}
