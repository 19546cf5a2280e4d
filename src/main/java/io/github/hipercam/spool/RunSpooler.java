package io.github.hipercam.spool;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Frame;

/**
 * A {@link Spooler} over a {@link RunReader}, with the reference pipeline's
 * meaning of {@code first}:
 * <ul>
 *   <li>{@code first >= 1}: frames first, first+1, ... until the run ends;</li>
 *   <li>{@code first == 0}: always the last complete frame; a poll with no
 *       frame newer than the last one given answers {@link Poll.NotYet};</li>
 *   <li>{@code first < 0}: the frame {@code -first} before the last complete
 *       one, following the run as it grows.</li>
 * </ul>
 *
 * @param <T> what the reader yields
 */
public final class RunSpooler<T extends Frame> implements Spooler<T> {

    private final RunReader<T> reader;
    private final int first;
    private int next;
    private int lastGiven;
    private boolean closed;

    /**
     * @param reader the run
     * @param first where to start, as above
     */
    public RunSpooler(RunReader<T> reader, int first) {
        this.reader = reader;
        this.first = first;
        this.next = Math.max(first, 1);
    }

    /** @return the reader under this spooler */
    public RunReader<T> reader() {
        return reader;
    }

    @Override
    public Poll<T> poll() {
        if (closed) {
            throw new HipercamException(reader.name() + ": spooler is closed");
        }
        if (first == 0) {
            return pollLast();
        }
        if (first < 0) {
            return pollBehind();
        }
        Poll<T> p = reader.read(next);
        if (p instanceof Poll.Ready<T>) {
            lastGiven = next;
            next++;
        }
        return p;
    }

    private Poll<T> pollLast() {
        int n = reader.available();
        if (n < 1 || n <= lastGiven) {
            return Poll.notYet();
        }
        Poll<T> p = reader.read(n);
        if (p instanceof Poll.Ready<T>) {
            lastGiven = n;
        }
        return p instanceof Poll.End<T> ? Poll.notYet() : p;
    }

    private Poll<T> pollBehind() {
        int target = reader.available() + first;
        if (target < 1 || target <= lastGiven) {
            return Poll.notYet();
        }
        Poll<T> p = reader.read(target);
        if (p instanceof Poll.Ready<T>) {
            lastGiven = target;
        }
        return p instanceof Poll.End<T> ? Poll.notYet() : p;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            reader.close();
        }
    }
}
