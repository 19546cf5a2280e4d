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
 * The frames of an HTTP run asked for ahead of need: once frames are read in
 * order (n-1 then n), frames n+1 ... n+depth are requested in the background.
 * Not thread-safe: its owner synchronizes.
 */
final class ReadAhead {

    private final HttpFetch http;
    private final IntFunction<URI> uri;
    private final int depth;
    private int last = -1;
    private final Map<Integer, CompletableFuture<HttpResponse<HttpFetch.Answer>>> pending = new TreeMap<>();

    ReadAhead(HttpFetch http, IntFunction<URI> uri, int depth) {
        this.http = http;
        this.uri = uri;
        this.depth = depth;
    }

    /**
     * @param number frame wanted
     * @param frameSize its expected size
     * @return the frame's answer if it was read ahead and is a whole frame, else null
     */
    HttpFetch.Answer take(int number, int frameSize) {
        CompletableFuture<HttpResponse<HttpFetch.Answer>> f = pending.remove(number);
        dropOutside(number + 1, number + depth);
        if (f == null) {
            return null;
        }
        try {
            HttpFetch.Answer a = http.await(uri.apply(number), f);
            return a.status() == 200 && !a.cut() && a.length() == frameSize ? a : null;
        } catch (HipercamException e) {
            return null;
        }
    }

    /**
     * Reads ahead after frame n only when frame n-1 was the one read before,
     * so that random access (a viewer jumping about) costs no extra transfers.
     *
     * @param number frame just read
     * @param frameSize bytes per frame
     */
    void after(int number, int frameSize) {
        boolean sequential = number == last + 1;
        last = number;
        if (!sequential) {
            return;
        }
        for (int k = number + 1; k <= number + depth && k > 0; k++) {
            pending.computeIfAbsent(k, n -> http.start(uri.apply(n), frameSize));
        }
    }

    private void dropOutside(int from, int to) {
        for (Iterator<Map.Entry<Integer, CompletableFuture<HttpResponse<HttpFetch.Answer>>>> it =
                pending.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, CompletableFuture<HttpResponse<HttpFetch.Answer>>> e = it.next();
            if (e.getKey() < from || e.getKey() > to) {
                e.getValue().cancel(true);
                it.remove();
            }
        }
    }

    /** Cancels everything pending. */
    void clear() {
        pending.values().forEach(f -> f.cancel(true));
        pending.clear();
    }
}
