package io.github.hipercam.server;

import io.github.hipercam.HipercamException;
import io.github.hipercam.wire.HcamProtocol;
import io.github.hipercam.wire.UcamProtocol;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.RawFrames;
import io.github.hipercam.spool.Poll;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
 * only GET is served. A request with a foreign {@code Host} or
 * {@code Origin} is refused first ({@link OriginPolicy}). Error replies name
 * the path as the client wrote it and never a path of the server
 * ({@link ErrorText}).
 */
final class RunsHandler extends Handler.Abstract {

    private final RunDirectory dir;
    private final OriginPolicy origins;
    private final Duration sendTimeout;
    private final Consumer<String> log;
    private ServerWebSocketContainer container;
    private final UcamRunCache ucamRuns = new UcamRunCache();

    RunsHandler(RunDirectory dir, OriginPolicy origins, Duration sendTimeout, Consumer<String> log) {
        this.dir = dir;
        this.origins = origins;
        this.sendTimeout = sendTimeout;
        this.log = log;
    }

    void container(ServerWebSocketContainer c) {
        this.container = c;
    }

    @Override
    public boolean handle(Request req, Response resp, Callback cb) {
        String path = Request.getPathInContext(req);
        try {
            origins.check(req.getHeaders().get(HttpHeader.HOST), req.getHeaders().get(HttpHeader.ORIGIN),
                    req.getHttpURI().getScheme());
            if (!"GET".equals(req.getMethod())) {
                throw new Refusal(HttpStatus.METHOD_NOT_ALLOWED_405, "only GET is served (read-only server)");
            }
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
            text(resp, cb, HttpStatus.NOT_FOUND_404, "no such run or directory: " + path + "\n");
        } catch (AccessDeniedException e) {
            text(resp, cb, HttpStatus.FORBIDDEN_403, "not readable: " + path + "\n");
        } catch (FileSystemException e) {
            // e.g. a name too long, a link loop, a file where a folder should be: nothing to serve there
            text(resp, cb, HttpStatus.NOT_FOUND_404, "no such run or directory: " + ErrorText.of(path, e) + "\n");
        } catch (IOException | HipercamException e) {
            log.accept(path + ": " + e.getMessage());
            text(resp, cb, HttpStatus.INTERNAL_SERVER_ERROR_500, ErrorText.of(path, e) + "\n");
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
                dir.real(file, path); // refuse a link out before upgrading; HcamSocket checks again as it opens
            } catch (IOException e) {
                throw new Refusal(HttpStatus.FORBIDDEN_403, ErrorText.of(path, e));
            }
        }
        boolean done = container.upgrade((rq, rs, c) -> new HcamSocket(dir, run, sendTimeout, log),
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
            case UcamProtocol.GET_XML -> bytes(resp, cb, "text/xml", xml(path));
            case UcamProtocol.GET_NUM_FRAMES -> text(resp, cb, HttpStatus.OK_200,
                    UcamProtocol.nframesReply(ucam(path).raw().available()));
            case UcamProtocol.GET_FRAME -> {
                String n = query.getValue("frame");
                if (n == null || !n.matches("[0-9]{1,18}")) {
                    throw new Refusal(HttpStatus.BAD_REQUEST_400, "'" + path + "': get_frame needs frame=N,"
                            + " N >= 0, got '" + n + "'");
                }
                sendFrame(req, resp, cb, ucam(path).raw(), Long.parseLong(n), path);
            }
            default -> throw new Refusal(HttpStatus.BAD_REQUEST_400, "'" + path + "': unknown action '"
                    + action + "'");
        }
    }

    /** Sends a frame from a pooled native buffer, which the socket writes without a copy. */
    private static void sendFrame(Request req, Response resp, Callback cb, RawFrames run, long index, String path) {
        if (index >= run.available()) {
            throw new Refusal(HttpStatus.NOT_FOUND_404, "'" + path + "': frame " + index
                    + " (0-based) is not written yet");
        }
        RetainableByteBuffer pooled = req.getComponents().getByteBufferPool().acquire(run.frameSize(), true);
        ByteBuffer buf = pooled.getByteBuffer();
        try {
            buf.clear();
            if (!(run.copyFrame((int) (index + 1), buf) instanceof Poll.Ready<ByteBuffer>)) {
                throw new Refusal(HttpStatus.NOT_FOUND_404, "'" + path + "': frame " + index
                        + " (0-based) is not written yet");
            }
            buf.flip();
        } catch (RuntimeException e) {
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

    /** The run a request names, opened with {@link ServedRuns}; its files are checked as they are opened. */
    private OpenedRun ucam(String path) throws IOException {
        String run = runOf(path);
        return ucamRuns.get(dir, dir.resolve(path, ".xml"), run);
    }

    private static String runOf(String path) {
        String run = path.startsWith("/") ? path.substring(1) : path;
        if (run.isEmpty()) {
            throw new Refusal(HttpStatus.BAD_REQUEST_400, "'" + path + "': name a run, e.g. /run012?action=get_xml");
        }
        return run;
    }

    /**
     * A run's XML: the header of the opened run, or, for a run the readers
     * cannot read frames of (a power on/off), the document as it is, so that
     * a client can still ask its CCDs.
     */
    private byte[] xml(String path) throws IOException {
        try {
            return ucam(path).raw().header();
        } catch (io.github.hipercam.FormatException e) {
            // a run whose CCDs the readers can tell (get_ccd_pars reads it) though not its frames
            ServedRuns.ccdPars(dir, "ul", runOf(path));
            return UcamRunCache.readXml(dir, dir.resolve(path, ".xml"), runOf(path));
        }
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
