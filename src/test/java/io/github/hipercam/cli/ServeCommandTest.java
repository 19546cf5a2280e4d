package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.server.FileServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's failures are clear and immediate (serving itself is tested in the server package). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void missingDirectoryIsAClearError() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.run("serve", "--dir", dir.resolve("nope").toString(), "--port", "0"));
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("cannot serve") && msg.contains("nope"), msg);
    }

    @Test
    void anAllowOriginThatIsNoNameIsRefusedBeforeServing() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.run("serve", "--dir", dir.toString(), "--port", "0", "--allow-origin",
                    "http://web.example:8080,http://"));
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("--allow-origin 'http://'"), msg);
    }

    @Test
    void badPortIsRefused() {
        assertEquals(1, Main.run("serve", "--dir", dir.toString(), "--port", "70000"));
    }

    @Test
    void dumpAndInfoReadHsAndUsAsTheDiskSources() throws Exception {
        Path hcam = Path.of("testdata/hcam");
        Path ucam = Path.of("testdata/ucam");
        try (FileServer hs = FileServer.start(FileServer.Config.of(hcam).withPort(0).withLog(s -> { }));
                FileServer us = FileServer.start(FileServer.Config.of(ucam).withPort(0).withLog(s -> { }))) {
            String disk = out("dump", "--source", "hl", "--resource", "run0001", "--chdir", hcam.toString());
            String net = out("dump", "--source", "hs", "--resource", "run0001", "--server-url", hs.hipercamBase(),
                    "--timeout", "20");
            assertEquals(frames(disk), frames(net));
            assertTrue(disk.contains("\"end\": \"stop\"") && net.contains("\"end\": \"none\""), net);
            String udisk = out("dump", "--source", "ul", "--resource", "run003", "--chdir", ucam.toString(),
                    "--first", "2");
            String unet = out("dump", "--source", "us", "--resource", "run003", "--server-url",
                    us.httpBase().toString(), "--first", "2");
            assertEquals(frames(udisk), frames(unet));
            String info = out("info", "--source", "us", "--resource", "run003", "--server-url", us.httpBase().toString());
            assertTrue(info.contains("frames    : 3 complete") && info.contains("mode      : 3-PAIR") && info.contains("CCD 3"), info);
        }
    }

    @Test
    void unreachableServerIsAClearErrorInTheDump() {
        String doc = out("dump", "--source", "hs", "--resource", "run0001", "--server-url", "127.0.0.1:1/",
                "--timeout", "5");
        assertTrue(doc.contains("\"end\": \"error\"") && doc.contains("cannot connect to ws://127.0.0.1:1/run0001"),
                doc);
    }

    private static String frames(String doc) {
        return doc.substring(doc.indexOf("\"frames\""), doc.lastIndexOf("\"end\""));
    }

    private static String out(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args), String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
