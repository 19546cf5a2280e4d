package io.github.hipercam.spool;

import io.github.hipercam.model.Frame;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A source of frames, stepped through in order. Use it in try-with-resources:
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = Spoolers.open("hl", "run0012", 1)) {
 *     for (Mccd frame : spool) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The for-each loop ends when the run ends, and also when a live run has
 * nothing new; to wait for new frames, call {@link #poll()} and let a
 * {@link HangAbout} decide when to give up.
 *
 * @param <T> what it yields: {@code Mccd}, or {@code Ccd} when one CCD was asked for
 */
public interface Spooler<T extends Frame> extends Iterable<T>, AutoCloseable {

    /**
     * Asks for the next frame.
     *
     * @return the frame, {@link Poll.NotYet} or {@link Poll.End}
     */
    Poll<T> poll();

    /** Releases files and connections. Further polls fail. */
    @Override
    void close();

    /**
     * Iterates until the run ends or has nothing new. The iterator polls
     * lazily, so {@code hasNext()} may read a frame.
     */
    @Override
    default Iterator<T> iterator() {
        return new Iterator<>() {
            private Poll<T> pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = poll();
                }
                return pending instanceof Poll.Ready<T>;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the spool has no further frame");
                }
                T frame = ((Poll.Ready<T>) pending).frame();
                pending = null;
                return frame;
            }
        };
    }
}
