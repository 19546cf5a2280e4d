package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --allow-origin}: what it lets in, and the rules of {@link OriginPolicy} behind it. */
class AllowOriginTest {

    @TempDir
    Path dir;

    @Test
    void anAllowedOriginIsServedAndItsNameAcceptedAsHost() throws IOException {
        RawRuns.hcam(dir.resolve("run0001.fits"), 4, 4, 1, 1, 1);
        try (FileServer server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { })
                .withAllowOrigins(List.of("http://web.example:8080", "hipercam.example.org")))) {
            int port = server.port();
            assertEquals(101, RawHttp.status(RawHttp.upgrade(port, "/run0001", "Origin: http://web.example:8080\r\n")));
            assertEquals(403, RawHttp.status(RawHttp.upgrade(port, "/run0001", "Origin: http://web.example:9090\r\n")));
            assertEquals(403, RawHttp.status(RawHttp.upgrade(port, "/run0001", "Origin: http://evil.example\r\n")));
            assertEquals(200, RawHttp.status(RawHttp.get(port, "/?action=dir", "Host: hipercam.example.org:"
                    + port + "\r\n")));
            assertEquals(200, RawHttp.status(RawHttp.get(port, "/?action=dir", "Host: web.example\r\n")));
            assertEquals(403, RawHttp.status(RawHttp.get(port, "/?action=dir", "Host: evil.example\r\n")));
        }
    }

    @Test
    void starAllowsEverything() throws IOException {
        try (FileServer server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { })
                .withAllowOrigins(List.of("*")))) {
            String r = RawHttp.get(server.port(), "/?action=dir", "Host: evil.example\r\nOrigin: http://evil.example\r\n");
            assertEquals(200, RawHttp.status(r), r);
        }
    }

    @Test
    void valuesThatAreNeitherNamesNorOriginsAreRefusedAtOnce() {
        for (String bad : new String[] {"http://", "host:port", "a b c:99999x", ""}) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> FileServer.Config.of(dir).withAllowOrigins(List.of(bad)), bad);
            assertTrue(e.getMessage().contains("--allow-origin"), e.getMessage());
        }
    }

    @Test
    void loopbackServerKnowsItsNames() {
        OriginPolicy p = OriginPolicy.of("127.0.0.1", List.of());
        for (String host : new String[] {"127.0.0.1:8007", "localhost", "LOCALHOST:8007", "[::1]:8007", "::1"}) {
            assertDoesNotThrow(() -> p.check(host, null, "http"), host);
        }
        assertDoesNotThrow(() -> p.check(null, null, "http"), "no Host (HTTP/1.0): not a browser");
        for (String host : new String[] {"evil.example", "evil.example:8007", "localhost.evil.example", "10.1.2.3",
            "[::1", "localhost:x"}) {
            assertEquals(403, assertThrows(Refusal.class, () -> p.check(host, null, "http"), host).status());
        }
    }

    @Test
    void originMustBeTheRequestsOwnAddress() {
        OriginPolicy p = OriginPolicy.of("127.0.0.1", List.of());
        assertDoesNotThrow(() -> p.check("127.0.0.1:8007", "http://127.0.0.1:8007", "http"));
        assertDoesNotThrow(() -> p.check("localhost", "http://localhost", "http"), "default ports");
        assertDoesNotThrow(() -> p.check("localhost:9000", "http://localhost:9000", "http"), "through a tunnel");
        for (String origin : new String[] {"http://127.0.0.1:8008", "https://127.0.0.1:8007", "http://localhost:8007",
            "null", "file://", "http://evil.example"}) {
            assertThrows(Refusal.class, () -> p.check("127.0.0.1:8007", origin, "http"), origin);
        }
    }

    @Test
    void aServerOnOneAddressAcceptsThatAddressOnly() {
        OriginPolicy p = OriginPolicy.of("192.0.2.7", List.of("obs.example"));
        assertDoesNotThrow(() -> p.check("192.0.2.7:8007", null, "http"));
        assertDoesNotThrow(() -> p.check("obs.example:8007", "http://obs.example:8007", "http"));
        assertThrows(Refusal.class, () -> p.check("localhost:8007", null, "http"));
        assertThrows(Refusal.class, () -> p.check("192.0.2.8", null, "http"));
    }

    @Test
    void aServerOnEveryAddressAcceptsLoopbackAndItsOwnAddresses() throws Exception {
        OriginPolicy p = OriginPolicy.of("0.0.0.0", List.of());
        assertDoesNotThrow(() -> p.check("localhost:8007", null, "http"));
        assertDoesNotThrow(() -> p.check("127.0.0.1", null, "http"));
        java.util.Enumeration<java.net.NetworkInterface> nics = java.net.NetworkInterface.getNetworkInterfaces();
        while (nics.hasMoreElements()) {
            for (java.net.InetAddress a : java.util.Collections.list(nics.nextElement().getInetAddresses())) {
                if (a instanceof java.net.Inet4Address) {
                    assertDoesNotThrow(() -> p.check(a.getHostAddress() + ":8007", null, "http"), a.toString());
                }
            }
        }
        assertThrows(Refusal.class, () -> p.check("evil.example", null, "http"));
        assertThrows(Refusal.class, () -> p.check("192.0.2.99", null, "http"), "an address of another machine");
    }

    @Test
    void hostAndPortParsing() {
        assertEquals(new OriginPolicy.Name("example.org", 8080), OriginPolicy.hostAndPort("Example.ORG:8080", 80));
        assertEquals(new OriginPolicy.Name("::1", 8007), OriginPolicy.hostAndPort("[::1]:8007", 80));
        assertEquals(new OriginPolicy.Name("::1", 80), OriginPolicy.hostAndPort("[::1]", 80));
        assertEquals(new OriginPolicy.Name("fe80::1", 80), OriginPolicy.hostAndPort("fe80::1", 80));
        assertEquals(null, OriginPolicy.hostAndPort("a:b", 80));
    }
}
