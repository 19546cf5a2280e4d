package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.util.Lru;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One bounded, least-recently-used cache of decoded frames in front of a
 * {@link RunReader}, shared by the stacks of all CCDs of a run: moving
 * through the windows of five CCDs at the same frame decodes that frame once.
 *
 * <p>It is safe from any number of threads. Two threads that ask for the same
 * frame at once share one decode (the second waits for the first). Calls
 * into the reader are made one at a time, because a {@link RunReader} is not
 * promised to be thread-safe; threads asking for frames that are already
 * cached never wait for a decode.
 *
 * <p>Only frames that were read are kept: a frame not written yet
 * ({@link Poll.NotYet}) is asked for again next time. Frames are immutable, so
 * a cached frame can be handed to any number of callers; the stacks copy its
 * pixels into a fresh array for each image.
 */
public final class FrameCache implements AutoCloseable {

    private final RunReader<Mccd> reader;
    private volatile int capacity;
    private final Object mapLock = new Object();
    private final Object readerLock = new Object();
    private final Lru<Integer, CompletableFuture<Poll<Mccd>>> frames;
    private final AtomicLong decodes = new AtomicLong();

    /**
     * @param reader the run; closed with this cache
     * @param capacity how many decoded frames to keep, at least 1
     */
    public FrameCache(RunReader<Mccd> reader, int capacity) {
        if (capacity < 1) {
            throw new InvalidArgumentException("cache capacity must be at least 1 frame, got " + capacity);
        }
        this.reader = Objects.requireNonNull(reader, "reader");
        this.capacity = capacity;
        this.frames = Lru.of(capacity);
    }

    /** @return how many frames are kept at most */
    public int capacity() {
        return capacity;
    }

    /**
     * Changes how many frames are kept, dropping the least recently used
     * ones beyond the new bound.
     *
     * @param frames the new bound, at least 1
     */
    public void resize(int frames) {
        if (frames < 1) {
            throw new InvalidArgumentException("cache capacity must be at least 1 frame, got " + frames);
        }
        synchronized (mapLock) {
            capacity = frames;
            this.frames.resize(frames);
        }
    }

    /** @return how many times a frame was read from the reader so far */
    public long decodes() {
        return decodes.get();
    }

    /** @return how many frames are cached now (finished or being read) */
    public int size() {
        synchronized (mapLock) {
            return frames.size();
        }
    }

    /** @return the reader's count of complete frames, asked under the reader's lock */
    public int available() {
        synchronized (readerLock) {
            return reader.available();
        }
    }

    /** @return the reader behind the cache */
    public RunReader<Mccd> reader() {
        return reader;
    }

    /**
     * @param number frame number, 1-based
     * @return the frame, or {@link Poll.NotYet} / {@link Poll.End} as the reader says
     */
    public Poll<Mccd> poll(int number) {
        CompletableFuture<Poll<Mccd>> f;
        boolean mine = false;
        synchronized (mapLock) {
            f = frames.get(number);
            if (f == null) {
                f = new CompletableFuture<>();
                frames.put(number, f);
                mine = true;
            }
        }
        if (mine) {
            load(number, f);
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            throw rethrow(number, e.getCause());
        }
    }

    /**
     * @param number frame number
     * @return the frame
     * @throws HipercamException if the frame is not written yet or lies past the end of the run
     */
    public Mccd get(int number) {
        Poll<Mccd> p = poll(number);
        if (p instanceof Poll.Ready<Mccd> r) {
            return r.frame();
        }
        String why = p instanceof Poll.End<Mccd> ? "lies past the end of the run" : "is not written yet";
        throw new HipercamException(reader.name() + ": frame " + number + " " + why
                + " (" + available() + " frames available)");
    }

    /**
     * Keeps a frame decoded elsewhere (by a spool of the same run, with the
     * same times), so that asking for it does not decode it again.
     *
     * @param number its frame number
     * @param frame the frame
     */
    public void offer(int number, Mccd frame) {
        synchronized (mapLock) {
            CompletableFuture<Poll<Mccd>> f = frames.get(number);
            if (f == null || f.isCompletedExceptionally()) {
                frames.put(number, CompletableFuture.completedFuture(Poll.ready(frame, number)));
            }
        }
    }

    private void load(int number, CompletableFuture<Poll<Mccd>> f) {
        try {
            Poll<Mccd> p;
            synchronized (readerLock) {
                p = reader.read(number);
                decodes.incrementAndGet();
            }
            if (!(p instanceof Poll.Ready<Mccd>)) {
                forget(number, f);
            }
            f.complete(p);
        } catch (RuntimeException | Error e) {
            forget(number, f);
            f.completeExceptionally(e);
        }
    }

    private void forget(int number, CompletableFuture<Poll<Mccd>> f) {
        synchronized (mapLock) {
            frames.remove(number, f);
        }
    }

    private static RuntimeException rethrow(int number, Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new HipercamException("frame " + number + ": " + cause, cause);
    }

    /** Drops every cached frame and closes the reader. */
    @Override
    public void close() {
        synchronized (mapLock) {
            frames.clear();
        }
        synchronized (readerLock) {
            reader.close();
        }
    }
}
