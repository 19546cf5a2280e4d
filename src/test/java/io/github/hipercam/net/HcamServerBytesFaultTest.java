package io.github.hipercam.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The WebSocket client against servers that refuse, stall, lie or die: a clear error or "not yet", never a hang. */
class HcamServerBytesFaultTest {

    private static final SpoolOptions FAST = SpoolOptions.defaults().withTimeout(Duration.ofSeconds(2));
    private static final String HEADER = String.format("%-80s", "SIMPLE  =                    T")
            + String.format("%-80s", "END");

    private static ScriptedWsServer.Script okThen() {
        return (m, p) -> p.text("{\"status\": \"OK\"}");
    }

    private static ScriptedWsServer.Script header(ScriptedWsServer.Script rest) {
        return (m, p) -> {
            if (m.contains("get_hdr")) {
                p.text(HEADER);
            } else {
                rest.on(m, p);
            }
        };
    }

    private static URI uri(ScriptedWsServer s) {
        return URI.create("ws://127.0.0.1:" + s.port() + "/run0001");
    }

    @Test
    void refusedConnection() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SourceAccessException e = assertThrows(SourceAccessException.class,
                () -> HcamServerBytes.open(URI.create("ws://127.0.0.1:" + port + "/run0001"), FAST));
        assertTrue(e.getMessage().contains("connection refused") && e.getMessage().contains(":" + port + "/run0001"),
                e.getMessage());
    }

    @Test
    void handshakeNeverAnswered() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer(null, null)) {
            SourceAccessException e = assertThrows(SourceAccessException.class,
                    () -> HcamServerBytes.open(uri(s), FAST));
            assertTrue(e.getMessage().contains("no connection within"), e.getMessage());
        }
    }

    @Test
    void statusNeverSent() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer((m, p) -> { }, (m, p) -> { })) {
            SourceAccessException e = assertThrows(SourceAccessException.class,
                    () -> HcamServerBytes.open(uri(s), FAST));
            assertTrue(e.getMessage().contains("the connection status") && e.getMessage().contains("2.0 s"),
                    e.getMessage());
        }
    }

    @Test
    void headerNeverSent() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer(okThen(), (m, p) -> { })) {
            SourceAccessException e = assertThrows(SourceAccessException.class,
                    () -> HcamServerBytes.open(uri(s), FAST));
            assertTrue(e.getMessage().contains("waiting for the header: no reply within 2.0 s"), e.getMessage());
            assertEquals("{\"action\": \"get_hdr\"}", s.received.get(0));
        }
    }

    @Test
    void noSuchRunAndOtherStatuses() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer((m, p) -> {
            p.text("{\"status\": \"no such run\"}");
            p.close();
        }, (m, p) -> { })) {
            SourceAccessException e = assertThrows(SourceAccessException.class,
                    () -> HcamServerBytes.open(uri(s), FAST));
            assertTrue(e.getMessage().endsWith("run0001: the server has no such run"), e.getMessage());
        }
        try (ScriptedWsServer s = new ScriptedWsServer((m, p) -> p.text("{\"status\": \"busy\"}"), (m, p) -> { })) {
            SourceAccessException e = assertThrows(SourceAccessException.class,
                    () -> HcamServerBytes.open(uri(s), FAST));
            assertTrue(e.getMessage().contains("expected status \"OK\" on connecting, got \"busy\""), e.getMessage());
        }
    }

    @Test
    void headerThatIsNotFitsCards() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer(okThen(), (m, p) -> p.text("SIMPLE = T"))) {
            FormatException e = assertThrows(FormatException.class, () -> HcamServerBytes.open(uri(s), FAST));
            assertTrue(e.getMessage().contains("10 characters, expected a non-zero multiple of 80"), e.getMessage());
        }
    }

    @Test
    void wrongSizeTextAndEmptyReplies() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer(okThen(), header((m, p) -> {
            if (m.contains("\"frame_number\": 1")) {
                p.binary(new byte[90]);
            } else if (m.contains("\"frame_number\": 2")) {
                p.binary(new byte[100_000]);
            } else if (m.contains("\"frame_number\": 3")) {
                p.text("{\"status\": \"no such frame\"}");
            } else if (m.contains("\"frame_number\": 4")) {
                p.binary(new byte[0]);
            } else if (m.contains("get_next")) {
                p.binary(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                    23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40});
            } else if (m.contains("get_nframes")) {
                p.text("{\"frames\": 3}");
            }
        }))) {
            try (HcamServerBytes run = HcamServerBytes.open(uri(s), FAST)) {
                TruncatedDataException t = assertThrows(TruncatedDataException.class, () -> run.frame(1, 100));
                assertTrue(t.getMessage().endsWith("run0001: frame 1 has 90 bytes, expected 100"), t.getMessage());
                FormatException big = assertThrows(FormatException.class, () -> run.frame(2, 100));
                assertTrue(big.getMessage().contains("frame 2 has 100000 bytes, expected 100"), big.getMessage());
                SourceAccessException txt = assertThrows(SourceAccessException.class, () -> run.frame(3, 100));
                assertTrue(txt.getMessage().contains("no such frame"), txt.getMessage());
                assertInstanceOf(Poll.NotYet.class, run.frame(4, 40));
                Poll<byte[]> next = run.frame(4, 40);
                assertEquals(40, ((byte[]) ((Poll.Ready<?>) next).frame()).length);
                assertEquals(40, ((byte[]) ((Poll.Ready<?>) next).frame())[39]);
                FormatException n = assertThrows(FormatException.class, () -> run.available(40));
                assertTrue(n.getMessage().contains("{\"frames\": 3}"), n.getMessage());
            }
            assertTrue(s.received.contains("{\"action\": \"get_frame\", \"frame_number\": 4}"));
            assertTrue(s.received.contains("{\"action\": \"get_next\"}"), "after a 'not yet', get_next retries");
        }
    }

    @Test
    void serverDroppingTheConnectionMidRun() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer(okThen(), header((m, p) -> {
            if (m.contains("\"frame_number\": 1")) {
                p.binary(new byte[] {7, 7, 7, 7});
            } else {
                p.drop();
            }
        }))) {
            try (HcamServerBytes run = HcamServerBytes.open(uri(s), FAST)) {
                assertArrayEquals(new byte[] {7, 7, 7, 7}, (byte[]) ((Poll.Ready<?>) run.frame(1, 4)).frame());
                SourceAccessException e = assertThrows(SourceAccessException.class, () -> run.frame(2, 4));
                assertTrue(e.getMessage().contains("while waiting for frame 2"), e.getMessage());
                SourceAccessException later = assertThrows(SourceAccessException.class, () -> run.frame(3, 4));
                assertTrue(later.getMessage().contains("cannot ask for frame 3"), later.getMessage());
            }
        }
    }

    @Test
    void frameNeverSent() throws IOException {
        try (ScriptedWsServer s = new ScriptedWsServer(okThen(), header((m, p) -> { }))) {
            try (HcamServerBytes run = HcamServerBytes.open(uri(s), FAST)) {
                SourceAccessException e = assertThrows(SourceAccessException.class, () -> run.frame(1, 4));
                assertTrue(e.getMessage().contains("waiting for frame 1: no reply within 2.0 s"), e.getMessage());
            }
        }
    }
}
