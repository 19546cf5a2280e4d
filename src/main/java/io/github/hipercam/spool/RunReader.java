package io.github.hipercam.spool;

import io.github.hipercam.model.Frame;

/**
 * Random access to the frames of one run, whatever holds its bytes. Raw-run
 * readers (disk files and servers) implement this; {@link RunSpooler} turns
 * one into a {@link Spooler} with the reference's meaning of {@code first}.
 *
 * <p>Implementations must give the same frame, times included, for a frame
 * number whether it is reached in order or by a jump.
 *
 * @param <T> what the reader yields
 */
public interface RunReader<T extends Frame> extends AutoCloseable {

    /** @return a name for messages, e.g. the run's path or URL */
    String name();

    /**
     * @return the number of complete frames that can be read now (it grows
     *     while the run is written)
     */
    int available();

    /**
     * @param number frame number, 1-based
     * @return the frame, {@link Poll.NotYet} if it is not written yet, or
     *     {@link Poll.End} if the run is finished before it
     */
    Poll<T> read(int number);

    @Override
    void close();
}
