package io.github.hipercam.spool;

/**
 * Where the bytes of one raw run come from: a local file or a file server.
 * A decoder reads the header once, parses it into an immutable description
 * of the readout, and then asks for whole frames by number. It never knows
 * which transport it reads from (STYLE.md principle 3).
 *
 * <p>Implementations: local HiPERCAM and ULTRACAM files, and the HiPERCAM
 * WebSocket and ULTRACAM HTTP file-server clients.
 */
public interface RunBytes extends AutoCloseable {

    /** @return a name for messages: the file's path or the run's URL */
    String name();

    /**
     * The run's header as the instrument stores it: for HiPERCAM the primary
     * FITS header (80-character cards through {@code END}); for ULTRACAM and
     * ULTRASPEC the XML document.
     *
     * @return the header bytes
     */
    byte[] header();

    /**
     * @param frameSize bytes in one frame, as the decoder computed from the header
     * @return the number of complete frames that can be read now
     */
    int available(int frameSize);

    /**
     * Reads one whole frame.
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @return exactly {@code frameSize} bytes, {@link Poll.NotYet} if the
     *     frame is not written yet, or {@link Poll.End} if the run finished
     *     before it
     */
    Poll<byte[]> frame(int number, int frameSize);

    /**
     * Reads part of one frame, e.g. only its timing bytes. Transports that
     * can seek override this; the default reads the whole frame.
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @param offset first byte wanted, within the frame
     * @param length bytes wanted
     * @return the bytes, or NotYet / End as for {@link #frame}
     */
    default Poll<byte[]> part(int number, int frameSize, int offset, int length) {
        Poll<byte[]> whole = frame(number, frameSize);
        if (whole instanceof Poll.Ready<byte[]> r) {
            byte[] out = new byte[length];
            System.arraycopy(r.frame(), offset, out, 0, length);
            return Poll.ready(out, number);
        }
        return whole;
    }

    /** Releases the file or connection. */
    @Override
    void close();
}
