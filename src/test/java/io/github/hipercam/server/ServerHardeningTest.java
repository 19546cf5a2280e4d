package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of issue 13 about the server, each as the prober saw it:
 * a file outside reached through a link inside, WebSocket upgrades and
 * requests from foreign origins and hosts, and error replies that showed
 * the server's own paths. Each of these tests failed on the server before
 * the fix.
 */
class ServerHardeningTest {

    private static final String SECRET = "OUTSIDE-THE-SERVED-DIRECTORY";

    @TempDir
    Path base;
    private Path served;
    private Path outside;
    private FileServer server;

    @BeforeEach
    void start() throws IOException {
        served = Files.createDirectories(base.resolve("served"));
        outside = Files.createDirectories(base.resolve("outside"));
        RawRuns.ucam(served, "run009", 2);
        RawRuns.hcam(served.resolve("run0001.fits"), 4, 4, 1, 1, 1);
        server = FileServer.start(FileServer.Config.of(served).withPort(0).withLog(s -> { }));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * run019.xml links to run009.xml inside; run009.dat links to a file
     * outside. The server used to check the .dat beside the name asked for
     * (none) and then open the one beside the XML's real path.
     */
    @Test
    void aLinkedXmlDoesNotReachADatOutside() throws IOException {
        Files.writeString(outside.resolve("secret.dat"), SECRET.repeat(10));
        Files.delete(served.resolve("run009.dat"));
        Files.createSymbolicLink(served.resolve("run009.dat"), outside.resolve("secret.dat"));
        Files.createSymbolicLink(served.resolve("run019.xml"), served.resolve("run009.xml"));
        for (String target : new String[] {"/run019?action=get_frame&frame=0", "/run009?action=get_frame&frame=0",
            "/run019?action=get_frame&frame=1"}) {
            String reply = RawHttp.get(server.port(), target, "");
            assertFalse(reply.contains(SECRET.substring(0, 10)), target + " sent bytes of a file outside:\n" + reply);
            assertTrue(RawHttp.status(reply) >= 400, target + ":\n" + reply);
        }
        String n = RawHttp.get(server.port(), "/run009?action=get_num_frames", "");
        assertEquals(403, RawHttp.status(n), "the size of a file outside is not told either:\n" + n);
    }

    @Test
    void aWebSocketUpgradeFromAForeignOriginIsRefused() throws IOException {
        String reply = RawHttp.upgrade(server.port(), "/run0001", "Origin: http://evil.example\r\n");
        assertEquals(403, RawHttp.status(reply), reply);
        assertTrue(reply.contains("Origin 'http://evil.example'"), reply);
        assertEquals(403, RawHttp.status(RawHttp.upgrade(server.port(), "/run0001", "Origin: null\r\n")));
    }

    @Test
    void upgradesWithoutAnOriginOrFromTheServerItselfAreServed() throws IOException {
        String none = RawHttp.upgrade(server.port(), "/run0001", "");
        assertEquals(101, RawHttp.status(none), none);
        assertTrue(none.endsWith("{\"status\": \"OK\"}"), none);
        // the reference's websocket module sends its own address as Origin
        String self = RawHttp.upgrade(server.port(), "/run0001", "Origin: http://127.0.0.1:" + server.port() + "\r\n");
        assertEquals(101, RawHttp.status(self), self);
        String local = RawHttp.upgrade(server.port(), "/run0001", "Host: localhost:" + server.port()
                + "\r\nOrigin: http://localhost:" + server.port() + "\r\n");
        assertEquals(101, RawHttp.status(local), local);
    }

    /** DNS rebinding: a page at evil.example whose name now points here sends Host: evil.example. */
    @Test
    void aRequestWithAForeignHostIsRefused() throws IOException {
        String dir = RawHttp.get(server.port(), "/?action=dir", "Host: evil.example:" + server.port() + "\r\n");
        assertEquals(403, RawHttp.status(dir), dir);
        assertFalse(RawHttp.body(dir).contains("run009"), dir);
        String frame = RawHttp.get(server.port(), "/run009?action=get_frame&frame=0", "Host: evil.example\r\n");
        assertEquals(403, RawHttp.status(frame), frame);
        String ws = RawHttp.upgrade(server.port(), "/run0001", "Host: evil.example\r\n");
        assertEquals(403, RawHttp.status(ws), ws);
        for (String host : new String[] {"127.0.0.1:" + server.port(), "localhost:" + server.port(), "localhost",
            "[::1]:" + server.port()}) {
            String ok = RawHttp.get(server.port(), "/?action=dir", "Host: " + host + "\r\n");
            assertEquals(200, RawHttp.status(ok), host + ":\n" + ok);
        }
    }

    /** A 5,000-character name used to give a 500 whose body showed the served directory's absolute path. */
    @Test
    void errorRepliesNameTheRunAsWrittenAndNoServerPath() throws IOException {
        String name = "R".repeat(5000);
        for (String target : new String[] {"/" + name + "?action=get_xml", "/" + name + "?action=get_frame&frame=0",
            "/run009/" + name + "?action=dir"}) {
            String reply = RawHttp.get(server.port(), target, "");
            assertTrue(RawHttp.status(reply) >= 400 && RawHttp.status(reply) < 500, target.substring(0, 30)
                    + "...:\n" + reply);
            noServerPath(reply);
            assertTrue(RawHttp.body(reply).contains("RRRRRRRRRR"), "names the run as written:\n" + reply);
        }
        String ws = RawHttp.upgrade(server.port(), "/" + "r".repeat(300) + "run0001", "");
        noServerPath(ws);
    }

    /** Folders, dangling links and link loops where a run's files should be: 4xx, no path. */
    @Test
    void oddFilesWhereARunShouldBeGiveClientErrorsWithoutPaths() throws IOException {
        Files.createDirectories(served.resolve("dirrun.xml"));
        Files.createSymbolicLink(served.resolve("dangling.xml"), outside.resolve("nothing.xml"));
        Files.createSymbolicLink(served.resolve("loop.xml"), served.resolve("loop.xml"));
        Files.createDirectories(served.resolve("run0002.fits"));
        for (String target : new String[] {"/dirrun?action=get_xml", "/dangling?action=get_xml",
            "/loop?action=get_num_frames", "/?action=get_xml", "/run009.xml/x?action=dir"}) {
            String reply = RawHttp.get(server.port(), target, "");
            int status = RawHttp.status(reply);
            assertTrue(status >= 400 && status < 500, target + ":\n" + reply);
            noServerPath(reply);
        }
        String ws = RawHttp.upgrade(server.port(), "/run0002", "");
        noServerPath(ws);
        assertFalse(ws.contains("\"OK\""), ws);
    }

    private void noServerPath(String reply) throws IOException {
        for (Path p : new Path[] {base, base.toRealPath(), served.toRealPath()}) {
            assertFalse(reply.contains(p.toString()), "a server path in the reply:\n"
                    + (reply.length() > 2000 ? reply.substring(0, 2000) : reply));
        }
    }
}
