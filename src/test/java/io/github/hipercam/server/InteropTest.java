package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hipercam.testutil.ReferenceData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability: a Python client written like the reference pipeline's
 * ({@code src/test/resources/interop/hs_client.py}: JSON actions over ws://
 * with the {@code websocket} module) gets from our server exactly the bytes
 * that the file holds. Runs when {@code /usr/bin/python3} can import
 * {@code websocket} (Debian package {@code python3-websocket}); skipped
 * otherwise.
 */
class InteropTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPythonWithWebsocket() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import websocket").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
                "python3 has no 'websocket' module (Debian: python3-websocket)");
    }

    @Test
    void pythonClientGetsTheBytesOfTheFile() throws Exception {
        int size = RawRuns.hcamFrameSize(128, 16, 4);
        Path fits = RawRuns.hcam(dir.resolve("run0007.fits"), 128, 16, 4, 0, 5);
        RawRuns.finish(fits, 5);
        check(fits, "run0007", size, 5);
    }

    @Test
    void pythonClientGetsTheBytesOfAReferenceRun() throws Exception {
        Path ref = ReferenceData.folder("hcam-twowin-bin2-scans").resolve("run0004.fits");
        Path fits = Files.copy(ref, dir.resolve("run0004.fits"));
        check(fits, "run0004", 51538 * 2, 4);
    }

    private void check(Path fits, String run, int size, int frames) throws Exception {
        Path script = dir.resolve("hs_client.py");
        try (InputStream in = InteropTest.class.getResourceAsStream("/interop/hs_client.py")) {
            Files.copy(in, script);
        }
        byte[] all = Files.readAllBytes(fits);
        int header = RawRuns.headerLength(all);
        try (FileServer server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }))) {
            Path out = dir.resolve("out");
            Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), "ws://" + server.hipercamBase(),
                    run, out.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python client did not finish");
            assertEquals(0, p.exitValue(), log);
            assertArrayEquals(Arrays.copyOf(all, header), Files.readAllBytes(Path.of(out + ".hdr")));
            assertArrayEquals(Arrays.copyOfRange(all, header, header + frames * size),
                    Files.readAllBytes(Path.of(out + ".frames")));
            assertArrayEquals(RawRuns.hcamFrameOnDisk(fits, frames, size), Files.readAllBytes(Path.of(out + ".last")));
            assertEquals("{\"nframes\": " + frames + ", \"beyond\": 0, \"missing\": \"no such run\"}",
                    Files.readString(Path.of(out + ".json")));
        }
    }
}
