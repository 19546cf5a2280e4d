package io.github.hipercam.format;

import io.github.hipercam.model.Mccd;

/**
 * The decoding of one opened run's frames. A format makes one per opened run
 * ({@link RunFormat#decoding}); it may keep what several frames share (the
 * dated time stamps of an ULTRACAM run, say), and it must be safe to call
 * from several threads at once.
 */
@FunctionalInterface
public interface Decoding {

    /**
     * Decodes one frame.
     *
     * @param frame the frame's bytes; only read during the call (the caller
     *     reuses the array), exactly the frame size long
     * @param number the frame's number, 1-based
     * @param timingFrom the first frame whose timing data may be used to time
     *     this one: 1 for the whole run (random access, and a spool from the
     *     start), {@code f} for a spool that started at frame f, as the
     *     reference, which remembers only what it read, times it. Formats whose
     *     frames are timed from their own bytes alone ignore it.
     * @return the frame
     */
    Mccd decode(byte[] frame, int number, int timingFrom);
}
