package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.net.HcamServerBytes;
import io.github.hipercam.net.UcamServerBytes;
import io.github.hipercam.spool.SpoolOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server never serves anything outside its directory, whatever the form
 * of the path, and never writes. Requests are sent byte for byte over a raw
 * socket so that no client library tidies them first.
 */
class TraversalTest {

    private static final String SECRET = "TOP-SECRET-CONTENT";

    @TempDir
    Path base;
    private Path served;
    private FileServer server;

    @BeforeEach
    void start() throws IOException {
        served = Files.createDirectories(base.resolve("served"));
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.xml"), "<datafile><data_status framesize=\"18\"/>" + SECRET
                + "</datafile>");
        Files.writeString(outside.resolve("secret.dat"), SECRET);
        RawRuns.hcam(outside.resolve("run0666.fits"), 4, 4, 1, 1, 1);
        Files.createDirectories(served.resolve("sub"));
        Files.createSymbolicLink(served.resolve("run0666.fits"), outside.resolve("run0666.fits"));
        Files.createSymbolicLink(served.resolve("run777.xml"), outside.resolve("secret.xml"));
        Files.createSymbolicLink(served.resolve("run777.dat"), outside.resolve("secret.dat"));
        Files.createSymbolicLink(served.resolve("away"), outside);
        server = FileServer.start(FileServer.Config.of(served).withPort(0).withLog(s -> { }));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../outside/secret?action=get_xml",
        "/sub/../../outside/secret?action=get_xml",
        "/%2e%2e/outside/secret?action=get_xml",
        "/%2E%2E/outside/secret?action=get_frame&frame=0",
        "/sub/..%2f..%2foutside/secret?action=get_xml",
        "/%252e%252e/outside/secret?action=get_xml",
        "/..%5coutside%5csecret?action=get_xml",
        "//etc/passwd?action=dir",
        "/%2fetc/passwd?action=dir",
        "/../outside?action=dir",
        "/away/secret?action=get_xml",
        "/away/secret?action=get_frame&frame=0",
        "/away?action=dir",
        "/run777?action=get_xml",
        "/run777?action=get_num_frames",
        "/./run777?action=get_xml",
        "/C:/Windows/win.ini?action=get_xml",
    })
    void refusesEveryFormOfTraversal(String target) throws IOException {
        String reply = rawGet(target, "");
        int status = status(reply);
        assertTrue(status >= 400 && status < 500, target + " answered " + status + ":\n" + reply);
        assertFalse(reply.contains(SECRET), target + " leaked the secret");
    }

    @Test
    void refusesAWebSocketToARunBehindASymlinkThatLeadsOut() {
        SpoolOptions o = SpoolOptions.defaults().withServerUrl(server.hipercamBase()).withTimeout(Duration.ofSeconds(5));
        SourceAccessException e = assertThrows(SourceAccessException.class, () -> HcamServerBytes.open("run0666", o));
        assertTrue(e.getMessage().contains("403"), e.getMessage());
        assertThrows(SourceAccessException.class, () -> HcamServerBytes.open("away/run0666", o));
    }

    @Test
    void refusesTraversalOverWebSocketUpgrade() throws IOException {
        String upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        for (String target : new String[] {"/../outside/run0666", "/%2e%2e/outside/run0666", "/away/run0666"}) {
            String reply = rawGet(target, upgrade);
            int status = status(reply);
            assertTrue(status >= 400 && status < 500, target + " answered " + status + ":\n" + reply);
        }
    }

    @Test
    void usClientIsRefusedForALinkOut() {
        SpoolOptions o = SpoolOptions.defaults().withServerUrl(server.httpBase().toString())
                .withTimeout(Duration.ofSeconds(5));
        SourceAccessException e = assertThrows(SourceAccessException.class, () -> UcamServerBytes.open("run777", o));
        assertTrue(e.getMessage().contains("403") && !e.getMessage().contains(SECRET), e.getMessage());
    }

    @Test
    void isReadOnly() throws IOException {
        RawRuns.ucam(served, "run001", 1);
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            String reply = raw(method + " /run001?action=get_xml HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n");
            assertEquals(405, status(reply), method + ":\n" + reply);
        }
        assertEquals(RawRuns.UCAM_SIZE, Files.size(served.resolve("run001.dat")));
    }

    @Test
    void guardRefusesBeforeTouchingTheFileSystem() {
        RunDirectory d = new RunDirectory(served);
        for (String bad : new String[] {"../x", "a/../../x", "a//b", "./x", "a\\..\\x", "x%2e", "C:x", "a/./b",
            "a\u0000b", "/../x", ".."}) {
            assertThrows(Refusal.class, () -> d.resolve(bad, ".fits"), bad);
        }
        assertEquals(d.root().resolve("night1/run0001.fits"), d.resolve("/night1/run0001", ".fits"));
        assertEquals(d.root(), d.resolve("/", ""));
    }

    private String rawGet(String target, String extraHeaders) throws IOException {
        return raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "Connection: close\r\n\r\n");
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(1 << 20), StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String reply) {
        String[] first = reply.split("\r\n", 2)[0].split(" ");
        return first.length > 1 && first[1].matches("[0-9]{3}") ? Integer.parseInt(first[1]) : -1;
    }
}
