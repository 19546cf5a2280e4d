package io.github.hipercam.spool;

import java.util.Objects;

/**
 * The outcome of asking a source for its next frame. A source that is still
 * being written answers {@link NotYet}; a finished one answers {@link End}.
 * Neither is an exception and neither is {@code null}.
 *
 * @param <T> what the source yields
 */
public sealed interface Poll<T> {

    /**
     * A frame.
     *
     * @param <T> what the source yields
     * @param frame the frame
     * @param number its frame number in the run, 1-based
     */
    record Ready<T>(T frame, int number) implements Poll<T> {
        /** Rejects a null frame. */
        public Ready {
            Objects.requireNonNull(frame, "frame");
        }
    }

    /**
     * Nothing new yet: the run may still grow. Try again later (see {@link HangAbout}).
     *
     * @param <T> what the source yields
     */
    record NotYet<T>() implements Poll<T> {
    }

    /**
     * The run is finished and every frame asked for has been given.
     *
     * @param <T> what the source yields
     */
    record End<T>() implements Poll<T> {
    }

    /**
     * @param <T> what the source yields
     * @param frame the frame
     * @param number its number
     * @return a ready poll
     */
    static <T> Poll<T> ready(T frame, int number) {
        return new Ready<>(frame, number);
    }

    /**
     * @param <T> what the source yields
     * @return the not-yet value
     */
    static <T> Poll<T> notYet() {
        return new NotYet<>();
    }

    /**
     * @param <T> what the source yields
     * @return the end value
     */
    static <T> Poll<T> end() {
        return new End<>();
    }
}
