package io.github.hipercam.net;

import io.github.hipercam.SourceAccessException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request/reply conversation over one JDK {@link WebSocket}: send a text
 * message, wait (at most the timeout) for the next whole message. Messages
 * larger than the limit set for the reply are counted but not kept, so a
 * misbehaving server cannot make the client allocate more than it expects.
 *
 * <p>After a timeout, a close or a failure the channel is broken for good:
 * the next call fails at once rather than read a late reply to an old
 * request.
 */
final class WsChannel implements AutoCloseable {

    private final URI uri;
    private final Duration timeout;
    private final Collector collector;
    private final WebSocket socket;
    private Reply broken;

    private WsChannel(URI uri, Duration timeout, Collector collector, WebSocket socket) {
        this.uri = uri;
        this.timeout = timeout;
        this.collector = collector;
        this.socket = socket;
    }

    /**
     * @param uri ws:// address
     * @param timeout for the connection and each reply
     * @param firstLimit size limit of the first message
     * @return the open channel
     * @throws SourceAccessException if the connection cannot be made in time
     */
    static WsChannel connect(URI uri, Duration timeout, long firstLimit) {
        Collector collector = new Collector(firstLimit);
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .proxy(HttpClient.Builder.NO_PROXY).build();
        long start = System.nanoTime();
        try {
            WebSocket ws = client.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, collector)
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new WsChannel(uri, timeout, collector, ws);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceAccessException(uri + ": interrupted while connecting", e);
        } catch (ExecutionException e) {
            boolean late = System.nanoTime() - start >= timeout.toNanos();
            throw connectFailure(uri, timeout, e.getCause(), late);
        } catch (TimeoutException e) {
            throw new SourceAccessException("cannot connect to " + uri + ": no connection within "
                    + seconds(timeout), e);
        }
    }

    private static SourceAccessException connectFailure(URI uri, Duration timeout, Throwable cause,
            boolean late) {
        String why = null;
        for (Throwable t = cause; t != null && why == null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                why = "connection refused (is the file server running?)";
            } else if (t instanceof HttpTimeoutException) {
                why = "no connection within " + seconds(timeout);
            } else if (t instanceof WebSocketHandshakeException h) {
                why = "the server refused the WebSocket (HTTP " + h.getResponse().statusCode() + ")";
            }
        }
        if (why == null) {
            why = late ? "no connection within " + seconds(timeout)
                    : String.valueOf(cause.getMessage() == null ? cause : cause.getMessage());
        }
        return new SourceAccessException("cannot connect to " + uri + ": " + why, cause);
    }

    static String seconds(Duration d) {
        return d.toMillis() / 1000.0 + " s";
    }

    /** @return the address, for messages */
    URI uri() {
        return uri;
    }

    /**
     * Sends a request and waits for the reply.
     *
     * @param message JSON request
     * @param what the request in words, for messages ("frame 12")
     * @param limit the most bytes (or characters) of the reply to keep
     * @return the reply: text or binary
     * @throws SourceAccessException on timeout, close or failure
     */
    Reply request(String message, String what, long limit) {
        send(message, what, limit);
        return next(what);
    }

    /**
     * Sends a request without waiting for its reply (to read ahead); the
     * reply must then be taken with {@link #next} before anything else is sent.
     *
     * @param message JSON request
     * @param what the request in words, for messages
     * @param limit the most bytes (or characters) of the reply to keep
     */
    void send(String message, String what, long limit) {
        checkUsable(what);
        collector.limit = limit;
        try {
            socket.sendText(message, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(new Reply.Failed(e), what);
        } catch (ExecutionException e) {
            throw fail(new Reply.Failed(e.getCause()), what);
        } catch (TimeoutException e) {
            throw fail(new Reply.Failed(e), what);
        }
    }

    /**
     * Waits for the next message without sending anything (the status on connect).
     *
     * @param what what is awaited, for messages
     * @return the message
     */
    Reply next(String what) {
        checkUsable(what);
        Reply r;
        try {
            r = collector.replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(new Reply.Failed(e), what);
        }
        if (r == null) {
            throw fail(new Reply.Failed(new TimeoutException("no reply within " + seconds(timeout))), what);
        }
        if (r instanceof Reply.Closed || r instanceof Reply.Failed) {
            throw fail(r, what);
        }
        return r;
    }

    private void checkUsable(String what) {
        if (broken != null) {
            throw new SourceAccessException(uri + ": cannot ask for " + what + ": " + describe(broken));
        }
    }

    private SourceAccessException fail(Reply why, String what) {
        broken = why;
        socket.abort();
        Throwable cause = why instanceof Reply.Failed f ? f.error() : null;
        return new SourceAccessException(uri + ": while waiting for " + what + ": " + describe(why), cause);
    }

    private static String describe(Reply r) {
        if (r instanceof Reply.Closed c) {
            return "the server closed the connection (code " + c.code()
                    + (c.reason().isEmpty() ? "" : ", '" + c.reason() + "'") + ")";
        }
        if (r instanceof Reply.Failed f) {
            Throwable e = f.error();
            if (e instanceof TimeoutException) {
                return e.getMessage() == null ? "timed out" : e.getMessage();
            }
            if (e instanceof InterruptedException) {
                return "interrupted";
            }
            return "the connection failed (" + e + ")";
        }
        return "unexpected " + r.getClass().getSimpleName();
    }

    @Override
    public void close() {
        if (broken == null) {
            broken = new Reply.Closed(WebSocket.NORMAL_CLOSURE, "closed by the client");
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the connection is being dropped anyway
            }
        }
        socket.abort();
    }

    /**
     * Gathers message parts into whole replies, keeping at most {@link #limit}
     * units of each. Buffers grow with what arrives (from {@value #FIRST}
     * bytes), so a server that announces large frames and sends little costs
     * little memory.
     */
    private static final class Collector implements WebSocket.Listener {

        static final int FIRST = 1 << 20;

        final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
        volatile long limit;
        private StringBuilder text;
        private long textLength;
        private byte[] bytes;
        private int kept;
        private long binaryLength;

        Collector(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            if (text == null) {
                text = new StringBuilder();
                textLength = 0;
            }
            textLength += data.length();
            int room = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 16, limit) - text.length());
            text.append(data, 0, Math.min(room, data.length()));
            if (last) {
                replies.add(new Reply.Text(text.toString(), textLength));
                text = null;
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            long room = Math.min(Integer.MAX_VALUE - 16, Math.max(0, limit));
            if (bytes == null) {
                bytes = new byte[(int) Math.min(room, last ? data.remaining() : Math.max(data.remaining(), FIRST))];
                kept = 0;
                binaryLength = 0;
            }
            binaryLength += data.remaining();
            int n = (int) Math.min(room - kept, data.remaining());
            if (kept + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(room, Math.max(kept + n, 2L * bytes.length)));
            }
            data.get(bytes, kept, n);
            kept += n;
            if (last) {
                byte[] out = kept == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, kept);
                replies.add(new Reply.Binary(out, binaryLength));
                bytes = null;
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            replies.add(new Reply.Closed(code, reason == null ? "" : reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            replies.add(new Reply.Failed(error));
        }
    }
}
