package io.github.hipercam.net;

import io.github.hipercam.wire.HcamProtocol;
import io.github.hipercam.wire.JsonFields;
import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.SpoolOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A HiPERCAM run read from the HiPERCAM file server over WebSocket (source
 * {@code hs}); see {@link HcamProtocol} for the protocol.
 *
 * <pre>{@code
 * try (HcamServerBytes run = HcamServerBytes.open("run0012", SpoolOptions.defaults())) {
 *     byte[] header = run.header();
 *     Poll<byte[]> first = run.frame(1, frameSize);
 * }
 * }</pre>
 *
 * <p>Frames are asked for with {@code get_next} when the server is already
 * positioned at the frame wanted, and with {@code get_frame} otherwise, as
 * the reference does. Once frames are read in order, the next ones are asked
 * for as soon as one arrives ({@value #READ_AHEAD} {@code get_next} in
 * flight), so that their transfer overlaps decoding; a reply read ahead is
 * used only if it is the whole frame wanted, so reading ahead never changes
 * what a call returns.
 *
 * <p>The number of frames comes from {@code get_nframes}; to follow the last
 * frame, the spooler asks for that number and then for the frame by number,
 * which, unlike {@code get_last}, cannot hand over a frame other than the one
 * counted. A server never says that a run has ended, so a frame beyond the
 * last is always {@link Poll.NotYet}, as in the reference.
 *
 * <p>Methods are synchronized: one connection answers strictly in order, so
 * threads sharing an instance take turns.
 */
public final class HcamServerBytes implements ByteSource {

    /** Largest header accepted (the full HiPERCAM header is about 200 kB). */
    static final int MAX_HEADER_CHARS = 64 * 1024 * 1024;
    private static final int MAX_SMALL_REPLY = 64 * 1024;
    /** Frames asked for ahead when a run is read in order. */
    static final int READ_AHEAD = 2;

    private final WsChannel channel;
    private final byte[] header;
    private int serverNext;
    private int lastRead = -1;
    /** get_next requests sent ahead whose replies are not taken yet. */
    private int inFlight;
    /** The frame the next reply in flight belongs to: the server's position when it was answered. */
    private int aheadPos;

    private HcamServerBytes(WsChannel channel, byte[] header) {
        this.channel = channel;
        this.header = header;
    }

    /**
     * Connects, checks the status and reads the header.
     *
     * @param run run name, e.g. {@code run0012} or {@code night1/run0012}
     * @param options base address and timeout
     * @return the open run
     * @throws SourceAccessException if the server cannot be reached, does not
     *     answer in time or has no such run
     */
    public static HcamServerBytes open(String run, SpoolOptions options) {
        return open(ServerAddress.hipercamRun(run, options), options);
    }

    /**
     * @param uri full {@code ws://} address of the run
     * @param options timeout
     * @return the open run
     */
    public static HcamServerBytes open(URI uri, SpoolOptions options) {
        WsChannel ch = WsChannel.connect(uri, options.timeout(), MAX_SMALL_REPLY);
        try {
            checkStatus(ch);
            Reply r = ch.request(HcamProtocol.request(HcamProtocol.GET_HDR), "the header", MAX_HEADER_CHARS);
            if (!(r instanceof Reply.Text t) || t.length() > t.text().length()) {
                throw new FormatException(uri + ": the reply to get_hdr is not a text message of at most "
                        + MAX_HEADER_CHARS + " characters (got " + kind(r) + ")");
            }
            if (t.text().isEmpty() || t.text().length() % 80 != 0) {
                throw new FormatException(uri + ": the header from the server has " + t.text().length()
                        + " characters, expected a non-zero multiple of 80 (FITS cards)");
            }
            return new HcamServerBytes(ch, t.text().getBytes(StandardCharsets.ISO_8859_1));
        } catch (RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static void checkStatus(WsChannel ch) {
        Reply r = ch.next("the connection status");
        String status = r instanceof Reply.Text t ? JsonFields.string(t.text(), "status").orElse(null) : null;
        if (HcamProtocol.STATUS_OK.equals(status)) {
            return;
        }
        if (HcamProtocol.STATUS_NO_SUCH_RUN.equals(status)) {
            throw new SourceAccessException(ch.uri() + ": the server has no such run");
        }
        throw new SourceAccessException(ch.uri() + ": expected status \"OK\" on connecting, got "
                + (status != null ? "\"" + status + "\"" : kind(r)));
    }

    @Override
    public String name() {
        return channel.uri().toString();
    }

    @Override
    public byte[] header() {
        return header.clone();
    }

    @Override
    public synchronized int available(int frameSize) {
        drainReadAhead();
        Reply r = channel.request(HcamProtocol.request(HcamProtocol.GET_NFRAMES), "the number of frames",
                MAX_SMALL_REPLY);
        if (r instanceof Reply.Text t) {
            long n = JsonFields.integer(t.text(), "nframes").orElse(-1);
            if (n >= 0) {
                return (int) Math.min(n, Integer.MAX_VALUE);
            }
        }
        throw new FormatException(name() + ": expected {\"nframes\": N} in reply to get_nframes, got " + kind(r));
    }

    @Override
    public synchronized Poll<byte[]> frame(int number, int frameSize) {
        if (number < 1) {
            throw new io.github.hipercam.InvalidArgumentException(name() + ": frame numbers start at 1, got "
                    + number);
        }
        Reply r = takeReadAhead(number, frameSize);
        if (r == null) {
            String message = number == serverNext ? HcamProtocol.request(HcamProtocol.GET_NEXT)
                    : HcamProtocol.frameRequest(number);
            r = channel.request(message, "frame " + number, frameSize);
        }
        Poll<byte[]> p = frameFrom(r, number, frameSize);
        if (p instanceof Poll.Ready<byte[]>) {
            readAheadAfter(number, frameSize);
        }
        return p;
    }

    private Poll<byte[]> frameFrom(Reply r, int number, int frameSize) {
        if (!(r instanceof Reply.Binary b)) {
            serverNext = 0;
            throw new SourceAccessException(name() + ": asked for frame " + number + ", the server replied "
                    + kind(r));
        }
        if (b.length() == 0) {
            serverNext = number;
            return Poll.notYet();
        }
        if (b.length() != frameSize) {
            serverNext = 0;
            String msg = name() + ": frame " + number + " has " + b.length() + " bytes, expected " + frameSize;
            throw b.length() < frameSize ? new TruncatedDataException(msg) : new FormatException(msg);
        }
        serverNext = number + 1;
        return Poll.ready(b.data(), number);
    }

    /**
     * Once frames are read in order (n-1 then n), keeps {@value #READ_AHEAD}
     * {@code get_next} requests in flight, so that the next frames travel
     * while this one is decoded. Random access sends nothing extra.
     */
    private void readAheadAfter(int number, int frameSize) {
        boolean sequential = number == lastRead + 1;
        lastRead = number;
        if (!sequential || inFlight == 0 && serverNext != number + 1) {
            return;
        }
        if (inFlight == 0) {
            aheadPos = number + 1;
        }
        while (inFlight < READ_AHEAD) {
            channel.send(HcamProtocol.request(HcamProtocol.GET_NEXT), "frames after " + number + " (read ahead)",
                    frameSize);
            inFlight++;
        }
    }

    /**
     * Takes replies in flight until one is the whole frame wanted; the ones
     * before it (and all of them if none is) are dropped, keeping track of
     * the server's position: a frame moves it on, an empty reply does not.
     *
     * @return the wanted frame's reply, or null (then it is asked for afresh)
     */
    private Reply takeReadAhead(int number, int frameSize) {
        while (inFlight > 0) {
            int n = aheadPos;
            Reply r = channel.next("frame " + n + " (read ahead)");
            inFlight--;
            if (r instanceof Reply.Binary b && b.length() > 0) {
                aheadPos = n + 1;
                serverNext = n + 1;
                if (n == number && b.length() == frameSize) {
                    return r;
                }
            } else {
                serverNext = r instanceof Reply.Binary ? n : 0;
            }
        }
        return null;
    }

    /** Takes and drops every reply in flight, keeping track of the server's position. */
    private void drainReadAhead() {
        takeReadAhead(0, -1);
    }

    private static String kind(Reply r) {
        if (r instanceof Reply.Text t) {
            String s = t.text();
            return "the text '" + (s.length() > 120 ? s.substring(0, 120) + "..." : s) + "'";
        }
        if (r instanceof Reply.Binary b) {
            return "a binary message of " + b.length() + " bytes";
        }
        return String.valueOf(r);
    }

    @Override
    public void close() {
        channel.close();
    }
}
