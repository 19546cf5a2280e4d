package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void badPortIsRefused() {
        assertEquals(1, Main.run("serve", "--dir", dir.toString(), "--port", "70000"));
    }
}
