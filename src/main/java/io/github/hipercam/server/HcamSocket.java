package io.github.hipercam.server;

import io.github.hipercam.HipercamException;
import io.github.hipercam.wire.HcamProtocol;
import io.github.hipercam.wire.JsonFields;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.RawFrames;
import io.github.hipercam.spool.Poll;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * One client's WebSocket connection to one HiPERCAM run. It keeps the run's
 * file open and the number of the frame that {@code get_next} sends, as the
 * deployed server does: a frame sent moves it on by one, a frame not written
 * yet (an empty binary reply) leaves it where it is.
 *
 * <p>Each reply is sent before the next request is read, so a client that
 * floods requests cannot make the server queue frames in memory.
 * Differences from the deployed server, all on paths it leaves undefined: an
 * unknown action or malformed request gets {@code {"status": "bad request: ..."}}
 * instead of silence; {@code get_last} before any frame is written gets an
 * empty reply ("not yet") instead of an error; a run whose header is
 * incomplete or inconsistent gets {@code {"status": "bad run: ..."}} and a
 * close.
 *
 * <p>Public only because Jetty calls its listener methods through method
 * handles; it has no public constructor.
 */
public final class HcamSocket implements Session.Listener.AutoDemanding {

    /** Frames up to this size are read into native memory, which the socket writes without a copy. */
    static final int MAX_DIRECT = 4 * 1024 * 1024;

    private final RunDirectory dir;
    private final String name;
    private final Duration sendTimeout;
    private final Consumer<String> log;
    private Session session;
    private OpenedRun run;
    private RawFrames raw;
    private long next = 1;
    /**
     * One frame buffer per connection, reused: each reply is out before the
     * next request is read. Made only once the file holds a whole frame, so a
     * header that claims huge frames costs nothing until they exist.
     */
    private ByteBuffer buffer;

    /**
     * @param dir the served directory, to which the run's reads are confined
     * @param name the run as the client asked for it, checked by {@link RunDirectory#resolve}
     * @param sendTimeout longest wait for a reply to go out
     * @param log where to report problems
     */
    HcamSocket(RunDirectory dir, String name, Duration sendTimeout, Consumer<String> log) {
        this.dir = dir;
        this.name = name;
        this.sendTimeout = sendTimeout;
        this.log = log;
    }

    @Override
    public void onWebSocketOpen(Session s) {
        this.session = s;
        try {
            run = ServedRuns.open(dir, "hl", name);
            raw = run.raw();
            sendText(HcamProtocol.status(HcamProtocol.STATUS_OK));
        } catch (Refusal e) {
            closeWith(e.status() == 404 ? HcamProtocol.STATUS_NO_SUCH_RUN : "refused: " + e.getMessage());
        } catch (HipercamException e) {
            log.accept(name + ": " + e.getMessage());
            closeWith("bad run: " + ErrorText.of(name, e));
        }
    }

    @Override
    public void onWebSocketText(String message) {
        if (run == null) {
            return;
        }
        try {
            answer(message);
        } catch (HipercamException e) {
            log.accept(name + ": " + e);
            closeWith("read error: " + ErrorText.of(name, e));
        }
    }

    private void answer(String message) {
        String action = JsonFields.string(message, "action").orElse("");
        switch (action) {
            case HcamProtocol.GET_HDR -> sendText(new String(raw.header(), StandardCharsets.ISO_8859_1));
            case HcamProtocol.GET_NFRAMES -> sendText(HcamProtocol.nframes(raw.available()));
            case HcamProtocol.GET_NEXT -> sendFrame();
            case HcamProtocol.GET_LAST -> {
                long n = raw.available();
                if (n > 0) {
                    next = n;
                }
                sendFrame();
            }
            case HcamProtocol.GET_FRAME -> {
                OptionalLong n = JsonFields.integer(message, "frame_number");
                if (n.isEmpty() || n.getAsLong() < 1) {
                    closeWith(HcamProtocol.STATUS_NO_SUCH_FRAME);
                    return;
                }
                next = n.getAsLong();
                sendFrame();
            }
            default -> sendText(HcamProtocol.status("bad request: expected an action among get_hdr,"
                    + " get_nframes, get_frame, get_next, get_last; got "
                    + (message.length() > 200 ? message.substring(0, 200) + "..." : message)));
        }
    }

    private void sendFrame() {
        if (next < 1 || next > raw.available()) {
            send(cb -> session.sendBinary(ByteBuffer.allocate(0), cb));
            return;
        }
        if (buffer == null) {
            int size = raw.frameSize();
            buffer = size <= MAX_DIRECT ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
        }
        buffer.clear();
        if (raw.copyFrame((int) Math.min(next, Integer.MAX_VALUE), buffer) instanceof Poll.Ready<ByteBuffer>) {
            buffer.flip();
            next++;
        } else {
            buffer.clear().limit(0);
        }
        send(cb -> session.sendBinary(buffer, cb));
    }

    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        if (run != null) {
            sendText(HcamProtocol.status("bad request: binary messages are not understood"));
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        closeRun();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        closeRun();
    }

    private void closeRun() {
        if (run != null) {
            try {
                run.close();
            } catch (HipercamException e) {
                log.accept(name + ": " + e);
            }
            run = null;
            raw = null;
        }
    }

    private void closeWith(String status) {
        sendText(HcamProtocol.status(status));
        closeRun();
        session.close(StatusCode.NORMAL, status.length() > 100 ? status.substring(0, 100) : status,
                Callback.NOOP);
    }

    private void sendText(String text) {
        send(cb -> session.sendText(text, cb));
    }

    /** Sends and waits until the message is out, so replies never pile up. */
    private void send(Consumer<Callback> how) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        how.accept(Callback.from(() -> done.complete(null), done::completeExceptionally));
        try {
            done.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.disconnect();
        } catch (ExecutionException | TimeoutException e) {
            log.accept(name + ": cannot send a reply (" + e + "); dropping the connection");
            session.disconnect();
        }
    }
}
