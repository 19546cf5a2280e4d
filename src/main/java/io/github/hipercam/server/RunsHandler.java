package io.github.hipercam.server;

import io.github.hipercam.HipercamException;
import io.github.hipercam.net.HcamProtocol;
import io.github.hipercam.net.UcamProtocol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * Routes every request: a WebSocket upgrade to a {@code .*run[0-9]+} path is
 * a HiPERCAM run ({@link HcamSocket}); a plain GET with {@code ?action=dir}
 * lists a directory ({@link Listing}); {@code get_xml}, {@code get_frame} and
 * {@code get_num_frames} are the ATC protocol for ULTRACAM/ULTRASPEC runs.
 * Anything else is answered 400, anything outside the directory 403, and
 * only GET is served.
 */
final class RunsHandler extends Handler.Abstract {

    private final RunDirectory dir;
    private final Duration sendTimeout;
    private final Consumer<String> log;
    private ServerWebSocketContainer container;
    private final UcamRunCache ucamRuns = new UcamRunCache();

    RunsHandler(RunDirectory dir, Duration sendTimeout, Consumer<String> log) {
        this.dir = dir;
        this.sendTimeout = sendTimeout;
        this.log = log;
    }

    void container(ServerWebSocketContainer c) {
        this.container = c;
    }

    @Override
    public boolean handle(Request req, Response resp, Callback cb) {
        try {
            if (!"GET".equals(req.getMethod())) {
                throw new Refusal(HttpStatus.METHOD_NOT_ALLOWED_405, "only GET is served (read-only server)");
            }
            String path = Request.getPathInContext(req);
            if (isUpgrade(req)) {
                return upgrade(path, req, resp, cb);
            }
            Fields query = Request.extractQueryParameters(req);
            String action = query.getValue("action");
            if (action == null) {
                throw new Refusal(HttpStatus.BAD_REQUEST_400, "'" + path + "': no ?action= (expected dir, "
                        + "get_xml, get_frame or get_num_frames, or a WebSocket to a HiPERCAM run)");
            }
            answer(action, path, query, req, resp, cb);
        } catch (Refusal r) {
            text(resp, cb, r.status(), r.getMessage() + "\n");
        } catch (NoSuchFileException e) {
            text(resp, cb, HttpStatus.NOT_FOUND_404, "no such run or directory: " + Request.getPathInContext(req)
                    + "\n");
        } catch (IOException | HipercamException e) {
            log.accept(Request.getPathInContext(req) + ": " + e.getMessage());
            text(resp, cb, HttpStatus.INTERNAL_SERVER_ERROR_500, e.getMessage() + "\n");
        }
        return true;
    }

    private static boolean isUpgrade(Request req) {
        String upgrade = req.getHeaders().get(HttpHeader.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    private boolean upgrade(String path, Request req, Response resp, Callback cb) {
        String run = path.startsWith("/") ? path.substring(1) : path;
        if (!HcamProtocol.RUN_NAME.matcher(run).matches()) {
            throw new Refusal(HttpStatus.NOT_FOUND_404, "'" + path + "': WebSocket paths must name a run,"
                    + " e.g. /run0012");
        }
        Path file = dir.resolve(run, ".fits");
        if (file.toFile().exists()) {
            try {
                file = dir.real(file);
            } catch (IOException e) {
                throw new Refusal(HttpStatus.FORBIDDEN_403, "'" + path + "': " + e.getMessage());
            }
        }
        Path target = file;
        boolean done = container.upgrade((rq, rs, c) -> new HcamSocket(target, run, sendTimeout, log),
                req, resp, cb);
        if (!done) {
            throw new Refusal(HttpStatus.BAD_REQUEST_400, "'" + path + "': not a valid WebSocket upgrade");
        }
        return true;
    }

    private void answer(String action, String path, Fields query, Request req, Response resp, Callback cb)
            throws IOException {
        switch (action) {
            case UcamProtocol.DIR -> text(resp, cb, HttpStatus.OK_200, Listing.of(dir, path));
            case UcamProtocol.GET_XML -> bytes(resp, cb, "text/xml", ucam(path).xml());
            case UcamProtocol.GET_NUM_FRAMES -> text(resp, cb, HttpStatus.OK_200,
                    UcamProtocol.nframesReply(ucam(path).frames()));
            case UcamProtocol.GET_FRAME -> {
                String n = query.getValue("frame");
                if (n == null || !n.matches("[0-9]{1,18}")) {
                    throw new Refusal(HttpStatus.BAD_REQUEST_400, "'" + path + "': get_frame needs frame=N,"
                            + " N >= 0, got '" + n + "'");
                }
                sendFrame(req, resp, cb, ucam(path), Long.parseLong(n), path);
            }
            default -> throw new Refusal(HttpStatus.BAD_REQUEST_400, "'" + path + "': unknown action '"
                    + action + "'");
        }
    }

    /** Sends a frame from a pooled native buffer, which the socket writes without a copy. */
    private static void sendFrame(Request req, Response resp, Callback cb, UcamRunFile run, long index, String path)
            throws IOException {
        if (index >= run.frames()) {
            throw new Refusal(HttpStatus.NOT_FOUND_404, "'" + path + "': frame " + index
                    + " (0-based) is not written yet");
        }
        RetainableByteBuffer pooled = req.getComponents().getByteBufferPool().acquire(run.frameSize(), true);
        ByteBuffer buf = pooled.getByteBuffer();
        try {
            if (!run.frameInto(index, buf)) {
                throw new Refusal(HttpStatus.NOT_FOUND_404, "'" + path + "': frame " + index
                        + " (0-based) is not written yet");
            }
        } catch (IOException | RuntimeException e) {
            pooled.release();
            throw e;
        }
        resp.setStatus(HttpStatus.OK_200);
        resp.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream");
        resp.getHeaders().put(HttpHeader.CONTENT_LENGTH, buf.remaining());
        resp.write(true, buf, Callback.from(() -> {
            pooled.release();
            cb.succeeded();
        }, x -> {
            pooled.release();
            cb.failed(x);
        }));
    }

    private UcamRunFile ucam(String path) throws IOException {
        Path xml = dir.real(dir.resolve(path, ".xml"));
        Path dat = dir.resolve(path, ".dat");
        if (dat.toFile().exists()) {
            dir.real(dat);
        }
        return ucamRuns.get(xml, path.startsWith("/") ? path.substring(1) : path);
    }

    private static void text(Response resp, Callback cb, int status, String body) {
        resp.setStatus(status);
        resp.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        resp.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), cb);
    }

    private static void bytes(Response resp, Callback cb, String type, byte[] body) {
        resp.setStatus(HttpStatus.OK_200);
        resp.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        resp.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        resp.write(true, ByteBuffer.wrap(body), cb);
    }
}
