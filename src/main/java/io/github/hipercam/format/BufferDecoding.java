package io.github.hipercam.format;

import io.github.hipercam.model.Mccd;
import java.nio.ByteBuffer;

/**
 * A {@link Decoding} that can also decode a frame from a buffer, such as a
 * read-only view of a memory map of the run's file, so that the frame's
 * bytes are never copied into an array first.
 */
public interface BufferDecoding extends Decoding {

    /**
     * Decodes one frame, as {@link #decode(byte[], int, int)} does.
     *
     * @param frame the frame's bytes from index 0, exactly the frame size;
     *     only read during the call, with absolute gets (its position, limit
     *     and byte order do not matter)
     * @param number the frame's number, 1-based
     * @param timingFrom as for {@link #decode(byte[], int, int)}
     * @return the frame
     */
    Mccd decode(ByteBuffer frame, int number, int timingFrom);
}
