package io.github.hipercam.net;

import io.github.hipercam.SourceAccessException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plain HTTP GETs with a time limit on the whole exchange (headers and body)
 * and a cap on the bytes kept, over the JDK's {@link HttpClient}. Proxies are
 * not used, as in the reference, which turns off proxy detection for the
 * file server.
 */
final class HttpFetch {

    /**
     * An answer.
     *
     * @param status HTTP status
     * @param body the bytes kept, at most the cap
     * @param length the body's length; when it was cut, the bytes seen
     *     before reading stopped (more than the cap)
     * @param cut true if the body was longer than the cap and reading stopped there
     */
    record Answer(int status, byte[] body, long length, boolean cut) {

        /** @return the length in words, "more than N" when cut */
        String size() {
            return cut ? "more than " + body.length : String.valueOf(length);
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    HttpFetch(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).proxy(HttpClient.Builder.NO_PROXY)
                .executor(Runnable::run)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * @param uri address
     * @param cap most bytes of the body to keep
     * @return the answer, whatever its status
     * @throws SourceAccessException if there is no answer in time or the connection fails
     */
    Answer get(URI uri, long cap) {
        return await(uri, start(uri, cap));
    }

    /**
     * Starts a GET without waiting for it (for reading ahead).
     *
     * @param uri address
     * @param cap most bytes of the body to keep
     * @return the answer to come
     */
    CompletableFuture<HttpResponse<Answer>> start(URI uri, long cap) {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        return client.sendAsync(req, info -> new Capped(info.statusCode(), cap,
                info.headers().firstValueAsLong("content-length").orElse(0)));
    }

    /**
     * Waits at most the timeout for an answer started with {@link #start}.
     *
     * @param uri its address, for messages
     * @param f the answer to come
     * @return the answer, whatever its status
     * @throws SourceAccessException if there is no answer in time or the connection fails
     */
    Answer await(URI uri, CompletableFuture<HttpResponse<Answer>> f) {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS).body();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceAccessException(uri + ": interrupted", e);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new SourceAccessException(uri + ": no answer within " + WsChannel.seconds(timeout), e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private SourceAccessException failure(URI uri, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof ConnectException)) {
            root = root.getCause();
        }
        String why;
        if (root instanceof ConnectException) {
            why = "connection refused (is the file server running?)";
        } else if (root instanceof HttpTimeoutException) {
            why = "no answer within " + WsChannel.seconds(timeout);
        } else {
            why = "the connection failed (" + root + ")";
        }
        return new SourceAccessException("cannot read " + uri + ": " + why, cause);
    }

    /**
     * Keeps at most {@code cap} bytes of a body, counting the rest. The buffer
     * starts at the announced length (at most {@value #FIRST} bytes) and grows
     * with what arrives, so an announced length is never trusted for memory.
     */
    private static final class Capped implements HttpResponse.BodySubscriber<Answer> {

        static final int FIRST = 4 << 20;

        private final CompletableFuture<Answer> result = new CompletableFuture<>();
        private final int status;
        private final int cap;
        private byte[] kept;
        private int used;
        private long length;
        private Flow.Subscription subscription;

        /** @param announced the Content-Length, if any: the buffer is made that size at once (up to the cap) */
        Capped(int status, long cap, long announced) {
            this.status = status;
            this.cap = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(0, cap));
            this.kept = new byte[(int) Math.min(Math.min(this.cap, FIRST), Math.max(0, announced))];
        }

        @Override
        public CompletionStage<Answer> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                length += b.remaining();
                int n = Math.min(b.remaining(), cap - used);
                if (n > 0) {
                    if (used + n > kept.length) {
                        kept = Arrays.copyOf(kept, (int) Math.min(cap, Math.max(used + n, 2L * kept.length)));
                    }
                    b.get(kept, used, n);
                    used += n;
                }
            }
            if (length > cap) {
                subscription.cancel();
                result.complete(new Answer(status, Arrays.copyOf(kept, used), length, true));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new Answer(status, used == kept.length ? kept : Arrays.copyOf(kept, used), length,
                    false));
        }
    }
}
