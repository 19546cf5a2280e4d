package io.github.hipercam.imagej.macro;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link RunReader} that remembers the last few frames it read, so that a
 * macro stepping through every CCD of a frame (one {@code Ext.nextFrame} per
 * CCD) decodes that frame once. Only frames that were read are remembered;
 * "not yet" and "end" are always asked of the run afresh, because a live run
 * changes its answer. Safe to call from several threads: reads are
 * serialised, since the reader underneath need not be thread-safe.
 */
final class RecentFrames implements RunReader<Mccd> {

    private final RunReader<Mccd> run;
    private final Map<Integer, Poll<Mccd>> recent;

    /**
     * @param run the run to read
     * @param capacity how many frames to keep (at least 1)
     */
    RecentFrames(RunReader<Mccd> run, int capacity) {
        if (capacity < 1) {
            throw new InvalidArgumentException("frame cache capacity must be at least 1, got " + capacity);
        }
        this.run = run;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Poll<Mccd>> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String name() {
        return run.name();
    }

    @Override
    public int available() {
        synchronized (recent) {
            return run.available();
        }
    }

    /** Reads through one lock: the run's reader need not be thread-safe. */
    @Override
    public Poll<Mccd> read(int number) {
        synchronized (recent) {
            Poll<Mccd> known = recent.get(number);
            if (known != null) {
                return known;
            }
            Poll<Mccd> p = run.read(number);
            if (p instanceof Poll.Ready<Mccd>) {
                recent.put(number, p);
            }
            return p;
        }
    }

    @Override
    public void close() {
        synchronized (recent) {
            recent.clear();
        }
        run.close();
    }
}
