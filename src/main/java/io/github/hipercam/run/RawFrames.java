package io.github.hipercam.run;

import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.spool.Poll;
import java.nio.ByteBuffer;

/**
 * A raw run's bytes as stored: its header and frames of the size its format
 * computed from that header, so that a file server and the readers can never
 * disagree on a header. It is also the {@link FrameAccess} that
 * format-specific readers of timing bytes alone take.
 */
public interface RawFrames extends FrameAccess {

    /** @return the header bytes as stored (a copy) */
    byte[] header();

    /** @return bytes in one frame, from the parsed readout */
    int frameSize();

    /** @return the number of complete frames now */
    int available();

    /**
     * @param number frame number, 1-based
     * @return the frame's bytes, or NotYet / End
     */
    Poll<byte[]> frame(int number);

    /**
     * Copies a frame as stored into a buffer at its position (a file server
     * writes a direct buffer to its socket without another copy).
     *
     * @param number frame number, 1-based
     * @param into a buffer with at least {@link #frameSize()} bytes remaining
     * @return the buffer, advanced by the frame, or NotYet / End
     */
    Poll<ByteBuffer> copyFrame(int number, ByteBuffer into);

}
