package io.github.hipercam.net;

import io.github.hipercam.wire.UcamProtocol;
import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.SpoolOptions;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * An ULTRACAM or ULTRASPEC run read from the ATC file server over HTTP
 * (source {@code us}); see {@link UcamProtocol} for the protocol.
 *
 * <pre>{@code
 * try (UcamServerBytes run = UcamServerBytes.open("run012", SpoolOptions.defaults())) {
 *     byte[] xml = run.header();
 *     Poll<byte[]> first = run.frame(1, framesize);
 * }
 * }</pre>
 *
 * <p>Frame numbers here are 1-based like everywhere else in the library;
 * the client subtracts one for the server. An HTTP error status for a frame
 * means "not written yet" ({@link Poll.NotYet}), as in the reference; a frame
 * of the wrong size is an error, where the reference would decode garbage.
 *
 * <p>When frames are read forwards, the next {@value #READ_AHEAD} are asked
 * for at once in the background, so that their transfer overlaps the decoding of
 * this one (the reference waits for each). An answer read ahead is used only
 * if it is a whole frame; "not yet" and errors are always asked again, so
 * reading ahead never changes what a call returns. Several threads may read
 * at once (a decode-ahead spooler's workers); their transfers overlap.
 */
public final class UcamServerBytes implements ByteSource {

    /** Largest XML header accepted. */
    static final int MAX_XML_BYTES = 16 * 1024 * 1024;
    private static final int MAX_SMALL_REPLY = 64 * 1024;
    /** Frames asked for ahead of a frame read, so that transfer overlaps decoding. */
    static final int READ_AHEAD = 4;

    private final URI run;
    private final HttpFetch http;
    private final byte[] xml;
    private ReadAhead readAhead;

    private UcamServerBytes(URI run, HttpFetch http, byte[] xml) {
        this.run = run;
        this.http = http;
        this.xml = xml;
    }

    /**
     * Fetches the run's XML.
     *
     * @param run run name, e.g. {@code run012}
     * @param options base URL and timeout
     * @return the open run
     * @throws SourceAccessException if the server cannot be reached, does not
     *     answer in time or has no such run
     */
    public static UcamServerBytes open(String run, SpoolOptions options) {
        return open(ServerAddress.ultracamRun(run, options), options);
    }

    /**
     * @param run full {@code http://} address of the run (no query)
     * @param options timeout
     * @return the open run
     */
    public static UcamServerBytes open(URI run, SpoolOptions options) {
        HttpFetch http = new HttpFetch(options.timeout());
        URI u = action(run, UcamProtocol.GET_XML);
        HttpFetch.Answer a = http.get(u, MAX_XML_BYTES);
        if (a.status() != 200) {
            throw new SourceAccessException(u + ": HTTP " + a.status()
                    + (a.status() == 404 ? " (the server has no such run)" : "") + bodyText(a));
        }
        if (a.cut() || a.length() == 0) {
            throw new FormatException(u + ": the run's XML has " + a.size() + " bytes, expected 1 to "
                    + MAX_XML_BYTES);
        }
        return new UcamServerBytes(run, http, a.body());
    }

    /** @return the start of an error reply's text, for messages */
    static String bodyText(HttpFetch.Answer a) {
        String t = new String(a.body(), 0, Math.min(a.body().length, 300), StandardCharsets.UTF_8).strip();
        return t.isEmpty() ? "" : ": " + t;
    }

    private static URI action(URI run, String query) {
        return URI.create(run + "?action=" + query);
    }

    @Override
    public String name() {
        return run.toString();
    }

    @Override
    public byte[] header() {
        return xml.clone();
    }

    @Override
    public int available(int frameSize) {
        URI u = action(run, UcamProtocol.GET_NUM_FRAMES);
        HttpFetch.Answer a = http.get(u, MAX_SMALL_REPLY);
        String text = new String(a.body(), StandardCharsets.ISO_8859_1);
        long n = a.status() == 200 ? UcamProtocol.parseNframes(text).orElse(-1) : -1;
        if (n < 0) {
            throw new FormatException(u + ": expected a reply with nframes=\"N\", got HTTP " + a.status()
                    + " '" + (text.length() > 120 ? text.substring(0, 120) + "..." : text) + "'");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    @Override
    public Poll<byte[]> frame(int number, int frameSize) {
        checkNumber(number);
        URI u = frameUri(number);
        ReadAhead ra = readAhead(frameSize);
        ReadAhead.Request req = ra.claim(number);
        HttpFetch.Answer a;
        try {
            a = req.early() ? ra.whole(number, req.answer()) : http.await(u, req.answer());
        } finally {
            ra.handedOver(number, req);
        }
        if (a == null) {
            a = http.get(u, frameSize);
        }
        if (a.status() != 200) {
            return Poll.notYet();
        }
        if (a.cut() || a.length() != frameSize) {
            String msg = u + ": frame " + number + " has " + a.size() + " bytes, expected " + frameSize;
            throw a.length() < frameSize ? new TruncatedDataException(msg) : new FormatException(msg);
        }
        return Poll.ready(a.body(), number);
    }

    /**
     * Part of a frame (the timing bytes a later frame's time needs): taken
     * from a transfer of that frame already under way or just made, when
     * there is one, so that decoding frames on several threads does not
     * fetch a frame twice; otherwise the whole frame is fetched.
     */
    @Override
    public Poll<byte[]> part(int number, int frameSize, int offset, int length) {
        checkNumber(number);
        ReadAhead ra = readAhead(frameSize);
        CompletableFuture<HttpResponse<HttpFetch.Answer>> f = ra.known(number);
        HttpFetch.Answer a = f == null ? null : ra.whole(number, f);
        if (a == null || offset < 0 || length < 0 || offset + length > a.body().length) {
            return ByteSource.super.part(number, frameSize, offset, length);
        }
        return Poll.ready(Arrays.copyOfRange(a.body(), offset, offset + length), number);
    }

    private void checkNumber(int number) {
        if (number < 1) {
            throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
        }
    }

    /** The read-ahead state for frames of this size (made afresh if the size asked for changes). */
    private synchronized ReadAhead readAhead(int frameSize) {
        if (readAhead == null || readAhead.frameSize() != frameSize) {
            if (readAhead != null) {
                readAhead.clear();
            }
            readAhead = new ReadAhead(http, this::frameUri, READ_AHEAD, frameSize);
        }
        return readAhead;
    }

    private URI frameUri(int number) {
        return action(run, UcamProtocol.GET_FRAME + "&frame=" + (number - 1));
    }

    @Override
    public synchronized void close() {
        if (readAhead != null) {
            readAhead.clear();
        }
    }
}
