package io.github.hipercam.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP client against servers that refuse, stall, lie or die. */
class UcamServerBytesFaultTest {

    private static final String XML = "<datafile><data_status framesize=\"8\"/></datafile>";
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer http;

    private SpoolOptions serve(Function<String, Object> answer) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        http.createContext("/", ex -> reply(ex, answer.apply(ex.getRequestURI().getQuery())));
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-atc");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return SpoolOptions.defaults().withServerUrl("127.0.0.1:" + http.getAddress().getPort())
                .withTimeout(Duration.ofSeconds(2));
    }

    /** @param what a byte[] (200), an Integer status, or "stall" / "stall-body" */
    private void reply(HttpExchange ex, Object what) throws IOException {
        try (ex) {
            if (what instanceof byte[] b) {
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            } else if (what instanceof Integer status) {
                ex.sendResponseHeaders(status, -1);
            } else if ("stall-body".equals(what)) {
                ex.sendResponseHeaders(200, 8);
                OutputStream out = ex.getResponseBody();
                out.write(new byte[3]);
                out.flush();
                release.await();
            } else {
                release.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (http != null) {
            http.stop(0);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusedConnection() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SpoolOptions o = SpoolOptions.defaults().withServerUrl("http://127.0.0.1:" + port + "/");
        SourceAccessException e = assertThrows(SourceAccessException.class, () -> UcamServerBytes.open("run001", o));
        assertTrue(e.getMessage().contains("connection refused") && e.getMessage().contains("run001?action=get_xml"),
                e.getMessage());
    }

    @Test
    void answersThatNeverCome() throws IOException {
        SpoolOptions o = serve(q -> q.contains("get_xml") ? bytes(XML) : q.contains("frame=0") ? "stall"
                : "stall-body");
        try (UcamServerBytes run = UcamServerBytes.open("run001", o)) {
            SourceAccessException head = assertThrows(SourceAccessException.class, () -> run.frame(1, 8));
            assertTrue(head.getMessage().contains("frame=0: no answer within 2.0 s"), head.getMessage());
            SourceAccessException body = assertThrows(SourceAccessException.class, () -> run.frame(2, 8));
            assertTrue(body.getMessage().contains("frame=1: no answer within 2.0 s"), body.getMessage());
        }
    }

    @Test
    void httpErrorIsNotYetAndWrongSizeIsAnError() throws IOException {
        SpoolOptions o = serve(q -> q.contains("get_xml") ? bytes(XML) : q.contains("frame=0") ? (Object) 404
                : q.contains("frame=1") ? (Object) 500 : q.contains("frame=2") ? new byte[5]
                : q.contains("frame=3") ? new byte[9] : q.contains("frame=4") ? new byte[8]
                : bytes("<nframes>three</nframes>"));
        try (UcamServerBytes run = UcamServerBytes.open("run001", o)) {
            assertInstanceOf(Poll.NotYet.class, run.frame(1, 8));
            assertInstanceOf(Poll.NotYet.class, run.frame(2, 8));
            TruncatedDataException t = assertThrows(TruncatedDataException.class, () -> run.frame(3, 8));
            assertTrue(t.getMessage().endsWith("frame=2: frame 3 has 5 bytes, expected 8"), t.getMessage());
            FormatException big = assertThrows(FormatException.class, () -> run.frame(4, 8));
            assertTrue(big.getMessage().contains("frame 4 has more than 8 bytes, expected 8"), big.getMessage());
            assertEquals(8, ((byte[]) ((Poll.Ready<?>) run.frame(5, 8)).frame()).length);
            FormatException n = assertThrows(FormatException.class, () -> run.available(8));
            assertTrue(n.getMessage().contains("nframes=\\\"N\\\"") || n.getMessage().contains("three"),
                    n.getMessage());
        }
    }

    @Test
    void numFramesParsedAsTheReferenceDoes() throws IOException {
        SpoolOptions o = serve(q -> q.contains("get_xml") ? bytes(XML)
                : bytes("<?xml version=\"1.0\"?><status nframes=\"42\" other=\"1\"/>"));
        try (UcamServerBytes run = UcamServerBytes.open("run001", o)) {
            assertEquals(42, run.available(8));
        }
    }

    @Test
    void oversizedXmlIsRefusedWithoutReadingItAll() throws IOException {
        SpoolOptions o = serve(q -> new byte[UcamServerBytes.MAX_XML_BYTES + 10]);
        FormatException e = assertThrows(FormatException.class, () -> UcamServerBytes.open("run001", o));
        assertTrue(e.getMessage().contains("more than " + UcamServerBytes.MAX_XML_BYTES + " bytes"), e.getMessage());
    }

    /**
     * Reading forwards, each frame travels once: frames are asked for ahead,
     * and the timing bytes of a frame that another thread is still fetching
     * (what a decode-ahead worker needs to time the next frame) come from
     * that transfer, not a second one.
     */
    @Test
    void eachFrameTravelsOnce() throws Exception {
        java.util.Map<String, Integer> asked = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch frame5Asked = new CountDownLatch(1);
        CountDownLatch sendFrame5 = new CountDownLatch(1);
        SpoolOptions o = serve(q -> {
            if (q.contains("get_xml")) {
                return bytes(XML);
            }
            String n = q.substring(q.indexOf("frame=") + 6);
            asked.merge(n, 1, Integer::sum);
            int k = Integer.parseInt(n);
            if (k == 5) {
                frame5Asked.countDown();
                await(sendFrame5);
            }
            return k < 20 ? bytes(String.format("frame%03d", k)) : (Object) 404;
        });
        try (UcamServerBytes run = UcamServerBytes.open("run001", o)) {
            for (int n = 1; n <= 5; n++) {
                assertEquals(String.format("frame%03d", n - 1), text(run.frame(n, 8)));
            }
            assertTrue(frame5Asked.await(5, java.util.concurrent.TimeUnit.SECONDS), "frame 6 was asked for ahead");
            String[] got = new String[2];
            Thread fetching = new Thread(() -> got[0] = text(run.frame(6, 8)));
            Thread timing = new Thread(() -> got[1] = text(run.part(6, 8, 5, 3)));
            fetching.start();
            timing.start();
            waitUntilBlocked(fetching, timing);
            sendFrame5.countDown();
            fetching.join(5000);
            timing.join(5000);
            assertEquals("frame005", got[0]);
            assertEquals("005", got[1]);
            for (int n = 7; n <= 20; n++) {
                assertEquals(String.format("frame%03d", n - 1), text(run.frame(n, 8)));
            }
            assertInstanceOf(Poll.NotYet.class, run.frame(21, 8));
        }
        for (int k = 0; k < 20; k++) {
            assertEquals(1, asked.get(String.valueOf(k)), "requests for frame " + k + ": " + asked);
        }
    }

    private static String text(Poll<byte[]> p) {
        return new String(assertInstanceOf(Poll.Ready.class, p).frame() instanceof byte[] b ? b : new byte[0],
                StandardCharsets.UTF_8);
    }

    /** Waits (at most 5 s) until both threads wait (for the answer, or for a lock). */
    private static void waitUntilBlocked(Thread a, Thread b) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end && !(waiting(a) && waiting(b))) {
            Thread.sleep(10);
        }
        assertTrue(waiting(a) && waiting(b), "both threads wait for frame 6");
    }

    private static boolean waiting(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.TIMED_WAITING || s == Thread.State.WAITING || s == Thread.State.BLOCKED;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
