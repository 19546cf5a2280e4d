package io.github.hipercam.format;

import io.github.hipercam.spool.Poll;

/**
 * Read access to the frames of the run being decoded, for formats whose
 * decoding of one frame needs bytes of another (ULTRACAM times a frame from
 * the timing words of the frames before it; HiPERCAM looks at the frame
 * counter of the previous frame to report drops). The reader that joins a
 * format to its byte source provides it.
 */
public interface FrameAccess {

    /** @return the run's name, for messages */
    String name();

    /**
     * @param number frame number, 1-based
     * @param offset first byte wanted, within the frame
     * @param length bytes wanted
     * @return the bytes, {@link Poll.NotYet} if the frame is not written yet,
     *     or {@link Poll.End} if the run finished before it
     */
    Poll<byte[]> part(int number, int offset, int length);
}
