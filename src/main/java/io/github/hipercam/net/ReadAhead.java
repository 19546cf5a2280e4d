package io.github.hipercam.net;

import io.github.hipercam.HipercamException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The frame requests of an HTTP run, asked for ahead of need. A run counts
 * as read forwards when the frame wanted follows the one asked for before,
 * or was itself read ahead; then frames n+1 ... n+depth are requested in the
 * background. Random access (a viewer jumping about) costs no extra
 * transfers.
 *
 * <p>A claimed request stays known until its frame is handed over
 * ({@link #handedOver}), so that the timing bytes of a frame another thread
 * is still fetching are taken from that transfer instead of a second one
 * ({@link #known}). Once handed over, the reader keeps those bytes itself,
 * so nothing here holds on to a frame any longer.
 *
 * <p>Safe for several threads (a decode-ahead spooler's workers): only the
 * bookkeeping is locked, never the wait for an answer, so the transfers of
 * frames wanted by different threads overlap.
 */
final class ReadAhead {

    /**
     * A request for one frame.
     *
     * @param answer the answer to come
     * @param early true if it was asked for ahead of need: then an answer that
     *     is not a whole frame must be asked for again
     */
    record Request(CompletableFuture<HttpResponse<HttpFetch.Answer>> answer, boolean early) {
    }

    private final HttpFetch http;
    private final IntFunction<URI> uri;
    private final int depth;
    private final int frameSize;
    private int last = -1;
    /** Requests made ahead and not claimed yet. */
    private final Map<Integer, CompletableFuture<HttpResponse<HttpFetch.Answer>>> ahead = new TreeMap<>();
    /** Requests claimed whose frames are not handed over yet. */
    private final Map<Integer, CompletableFuture<HttpResponse<HttpFetch.Answer>>> claimed = new TreeMap<>();

    /**
     * @param http the client
     * @param uri a frame's address from its number
     * @param depth frames asked for ahead
     * @param frameSize bytes per frame, the most kept of each answer
     */
    ReadAhead(HttpFetch http, IntFunction<URI> uri, int depth, int frameSize) {
        this.http = http;
        this.uri = uri;
        this.depth = depth;
        this.frameSize = frameSize;
    }

    /** @return bytes per frame this was made for */
    int frameSize() {
        return frameSize;
    }

    /**
     * The request for a frame wanted now: the one made ahead if there is
     * one, else a new one. Asks for the frames after it when the run is read
     * forwards.
     *
     * @param number frame wanted
     * @return its request
     */
    synchronized Request claim(int number) {
        CompletableFuture<HttpResponse<HttpFetch.Answer>> f = ahead.remove(number);
        boolean early = f != null;
        if (f == null) {
            f = http.start(uri.apply(number), frameSize);
        }
        boolean forwards = early || number == last + 1;
        last = number;
        forgetAhead(number - depth, number + depth);
        claimed.put(number, f);
        if (forwards) {
            for (int k = number + 1; k <= number + depth && k > 0; k++) {
                if (!claimed.containsKey(k)) {
                    ahead.computeIfAbsent(k, n -> http.start(uri.apply(n), frameSize));
                }
            }
        }
        return new Request(f, early);
    }

    /**
     * Forgets a claimed request once its frame has been handed over.
     *
     * @param number the frame
     * @param request what {@link #claim} returned for it
     */
    synchronized void handedOver(int number, Request request) {
        claimed.remove(number, request.answer());
    }

    /**
     * @param number a frame
     * @return the request for it made lately (ahead or claimed), or null
     */
    synchronized CompletableFuture<HttpResponse<HttpFetch.Answer>> known(int number) {
        CompletableFuture<HttpResponse<HttpFetch.Answer>> f = claimed.get(number);
        return f != null ? f : ahead.get(number);
    }

    /**
     * Waits for an answer; only a whole frame counts.
     *
     * @param number its frame
     * @param f the answer to come
     * @return the whole frame's answer, or null (not written yet when asked,
     *     cut short, failed)
     */
    HttpFetch.Answer whole(int number, CompletableFuture<HttpResponse<HttpFetch.Answer>> f) {
        try {
            HttpFetch.Answer a = http.await(uri.apply(number), f);
            return a.status() == 200 && !a.cut() && a.length() == frameSize ? a : null;
        } catch (HipercamException e) {
            return null;
        }
    }

    /** Cancels and forgets the requests made ahead that fall outside a window. */
    private void forgetAhead(int from, int to) {
        for (Iterator<Map.Entry<Integer, CompletableFuture<HttpResponse<HttpFetch.Answer>>>> it =
                ahead.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, CompletableFuture<HttpResponse<HttpFetch.Answer>>> e = it.next();
            if (e.getKey() < from || e.getKey() > to) {
                e.getValue().cancel(true);
                it.remove();
            }
        }
    }

    /** Cancels everything pending. */
    synchronized void clear() {
        ahead.values().forEach(f -> f.cancel(true));
        ahead.clear();
        claimed.clear();
    }
}
