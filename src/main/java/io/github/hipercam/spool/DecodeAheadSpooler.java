package io.github.hipercam.spool;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Frame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link Spooler} over a {@link RunReader} that reads frames {@code first,
 * first+1, ...} like {@link RunSpooler} with {@code first >= 1}, but decodes
 * the next few batches of frames ahead on worker threads, so that decoding
 * uses every core while the caller works on the current frame. It yields
 * exactly the frames, and the NotYet / End answers, that {@code RunSpooler}
 * would: everything decoded past the first frame that was not ready is
 * dropped and asked for again later.
 *
 * <p>Frames are decoded ahead only among those the reader reports whole
 * ({@link RunReader#available()}, looked at again when those are all handed out);
 * a frame beyond them is read in the caller's thread, one poll at a time,
 * as {@code RunSpooler} reads it. Reads past the end therefore happen only
 * when {@code RunSpooler} would make them, which matters for sources that
 * decide between NotYet and End from what they saw at their last look (a
 * local ULTRACAM run ends when its file has not grown since then: a worker
 * looking past the end early would use that up and could end a run that is
 * still being written).
 *
 * <p>The reader must allow concurrent reads (the raw-run readers do). Memory
 * held is at most {@code depth * batch} frames.
 *
 * @param <T> what the reader yields
 */
public final class DecodeAheadSpooler<T extends Frame> implements Spooler<T> {

    private final RunReader<T> reader;
    private final ExecutorService pool;
    private final int batch;
    private final int depth;
    private final ArrayDeque<Task<T>> pending = new ArrayDeque<>();
    private final ArrayDeque<Item<T>> ready = new ArrayDeque<>();
    private int nextToSubmit;
    /** Frames the reader last reported whole. */
    private int whole;
    private boolean closed;

    /**
     * @param reader the run; closed with this spooler
     * @param first first frame, at least 1
     * @param threads worker threads
     * @param batch frames decoded per task (larger for small frames)
     * @param depth tasks in flight
     */
    public DecodeAheadSpooler(RunReader<T> reader, int first, int threads, int batch, int depth) {
        if (first < 1 || threads < 1 || batch < 1 || depth < 1) {
            throw new io.github.hipercam.InvalidArgumentException("decode-ahead needs first, threads, batch and"
                    + " depth >= 1, got " + first + ", " + threads + ", " + batch + ", " + depth);
        }
        this.reader = reader;
        this.batch = batch;
        this.depth = depth;
        this.nextToSubmit = first;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hipercam-decode-ahead");
            t.setDaemon(true);
            return t;
        });
    }

    /** Frames {@code from, from+1, ...} being read by a worker. */
    private record Task<T>(int from, Future<List<Item<T>>> result) {
    }

    /** One answer of the reader: a poll, or the exception reading that frame threw. */
    private record Item<T>(Poll<T> poll, RuntimeException error) {
        boolean isReady() {
            return poll instanceof Poll.Ready<T>;
        }
    }

    @Override
    public Poll<T> poll() {
        if (closed) {
            throw new HipercamException(reader.name() + ": spooler is closed");
        }
        if (ready.isEmpty()) {
            fill();
            if (pending.isEmpty()) {
                return readInCaller();
            }
            Task<T> task = pending.removeFirst();
            List<Item<T>> got = take(task);
            ready.addAll(got);
            if (!got.get(got.size() - 1).isReady()) {
                restartAt(task.from() + got.size() - 1);
            }
        }
        Item<T> item = ready.removeFirst();
        if (item.error() != null) {
            throw item.error();
        }
        return item.poll();
    }

    /** The next frame, beyond those known to be whole: read here, as {@code RunSpooler} reads it. */
    private Poll<T> readInCaller() {
        Poll<T> p = reader.read(nextToSubmit);
        if (p instanceof Poll.Ready<T>) {
            nextToSubmit++;
        }
        return p;
    }

    /**
     * Hands out batches of the frames the reader holds whole, up to {@code
     * depth} in flight. The reader is asked how many it holds only once the
     * frames it reported last are all handed out: a frame once whole stays
     * whole, and asking can cost a round trip to a server.
     */
    private void fill() {
        if (pending.size() < depth && nextToSubmit > whole) {
            whole = Math.max(whole, reader.available());
        }
        while (pending.size() < depth && nextToSubmit <= whole) {
            int from = nextToSubmit;
            int to = (int) Math.min((long) from + batch, (long) whole + 1);
            pending.addLast(new Task<>(from, pool.submit(() -> readRange(from, to))));
            nextToSubmit = to;
        }
    }

    private List<Item<T>> readRange(int from, int to) {
        List<Item<T>> out = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            Item<T> item;
            try {
                item = new Item<>(reader.read(n), null);
            } catch (RuntimeException e) {
                item = new Item<>(null, e);
            }
            out.add(item);
            if (!item.isReady()) {
                break;
            }
        }
        return out;
    }

    /** Drops the work beyond a frame that was not ready; the next poll asks again from {@code number}. */
    private void restartAt(int number) {
        for (Task<T> t : pending) {
            t.result().cancel(false);
        }
        for (Task<T> t : pending) {
            try {
                t.result().get();
            } catch (CancellationException | ExecutionException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        pending.clear();
        nextToSubmit = number;
    }

    private List<Item<T>> take(Task<T> task) {
        try {
            return task.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HipercamException(reader.name() + ": interrupted while decoding ahead", e);
        } catch (ExecutionException e) {
            restartAt(task.from());
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new HipercamException(reader.name() + ": decoding failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pool.shutdownNow();
            reader.close();
        }
    }
}
