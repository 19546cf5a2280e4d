package io.github.hipercam.format;

/**
 * How the reference's disk spool of a format ends at the current end of a
 * local file, read from {@code first >= 1} without following. The generic
 * spool then answers {@link io.github.hipercam.spool.Poll.End}; a format may
 * instead refuse a partly written frame, as the ULTRACAM reference does.
 */
public interface DiskEnding {

    /** Ends quietly wherever the file ends: HiPERCAM's disk spool. */
    DiskEnding QUIET = new DiskEnding() {
    };

    /**
     * Called when frame {@code next} is not whole in the file.
     *
     * @param name the run, for messages
     * @param next the frame that was asked for
     * @param bytesFromNext bytes the file holds from the start of frame
     *     {@code next} on (negative when the file ends before it starts)
     * @throws io.github.hipercam.TruncatedDataException if the format treats
     *     those bytes as a truncated frame rather than the end of the run
     */
    default void atEnd(String name, int next, long bytesFromNext) {
        // the run ends here
    }

    /**
     * Called when a spool of the last frame ({@code first = 0}) first looks
     * and finds no whole frame.
     *
     * @param name the run, for messages
     * @param bytes bytes of frames the file holds
     * @throws io.github.hipercam.TruncatedDataException if the format refuses that
     */
    default void noLastFrame(String name, long bytes) {
        // wait for one
    }
}
