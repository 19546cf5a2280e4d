package io.github.hipercam.source;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the bytes of one raw run come from: a local file, a file server, or
 * anything a {@link ByteSourceProvider} opens. A run is a header followed by
 * frames of one fixed size; the format reads the header once, works out the
 * frame size from it, and then asks for whole frames by number. Neither side
 * knows the other (STYLE.md principle 3).
 *
 * <p>A frame that is not there yet is {@link Poll.NotYet}; {@link Poll.End}
 * only when the source knows that the run is finished before it (a local
 * HiPERCAM file whose {@code NAXIS3} and padding are written). Sources with
 * no such mark (ULTRACAM files, servers) answer "not yet" beyond their last
 * frame; how a disk spool ends there is the format's business
 * ({@link io.github.hipercam.format.DiskEnding}).
 *
 * <p>Implementations may be called from several threads at once.
 */
public interface ByteSource extends AutoCloseable {

    /** @return a name for messages: the file's path or the run's URL */
    String name();

    /**
     * The run's header as the instrument stores it: for a FITS cube the
     * primary header (80-character cards through {@code END}); for an
     * ULTRACAM run the XML document.
     *
     * @return the header bytes (a copy the caller may keep)
     */
    byte[] header();

    /**
     * @param frameSize bytes in one frame, as the format computed from the header
     * @return the number of complete frames that can be read now
     */
    int available(int frameSize);

    /**
     * Reads one whole frame into a new array.
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @return exactly {@code frameSize} bytes, {@link Poll.NotYet} if the
     *     frame is not written yet, or {@link Poll.End} if the run finished
     *     before it
     */
    Poll<byte[]> frame(int number, int frameSize);

    /**
     * Reads one whole frame into a buffer the caller reuses, sparing the
     * allocation and zeroing of one array per frame. The buffer is asked for
     * only once the frame is known to be there, so a header that claims a huge
     * frame never makes the caller allocate more than the source holds.
     * Sources that can read in place override this; the default copies from
     * {@link #frame}.
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @param buffer gives a buffer of at least {@code frameSize} bytes, to be filled from its start
     * @return the buffer when ready, else NotYet / End as for {@link #frame}
     */
    default Poll<byte[]> frameInto(int number, int frameSize, Supplier<byte[]> buffer) {
        Poll<byte[]> whole = frame(number, frameSize);
        if (whole instanceof Poll.Ready<byte[]> r) {
            byte[] into = buffer.get();
            if (into.length < frameSize) {
                throw new InvalidArgumentException(name() + ": a buffer of " + into.length
                        + " bytes cannot hold a frame of " + frameSize);
            }
            System.arraycopy(checkSize(r.frame(), number, frameSize), 0, into, 0, frameSize);
            return Poll.ready(into, number);
        }
        return whole;
    }

    /**
     * One whole frame where the source holds it, without a copy: a local
     * file read through a memory map gives a read-only view of the map.
     * Empty when the source cannot (the default), or not for this frame (not
     * whole in the file yet, or not within one map); the caller then reads
     * it with {@link #frameInto}, which also tells NotYet from End. A view
     * is to be read at once: if the file is cut short meanwhile, reading it
     * raises the JVM's {@link InternalError}.
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @return exactly {@code frameSize} bytes from position 0, or empty
     */
    default Optional<ByteBuffer> frameInPlace(int number, int frameSize) {
        return Optional.empty();
    }

    /**
     * Copies one whole frame as stored into a buffer at its position, for
     * code that hands bytes on rather than decodes them (a file server writes
     * a direct buffer to its socket without another copy). Sources that can
     * read in place override this; the default copies from {@link #frame}.
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @param into a buffer with at least {@code frameSize} bytes remaining
     * @return the buffer, advanced by the frame, or NotYet / End as for {@link #frame}
     */
    default Poll<ByteBuffer> copyFrame(int number, int frameSize, ByteBuffer into) {
        if (into.remaining() < frameSize) {
            throw new InvalidArgumentException(name() + ": " + into.remaining()
                    + " bytes left in the buffer cannot hold a frame of " + frameSize);
        }
        Poll<byte[]> whole = frame(number, frameSize);
        if (whole instanceof Poll.Ready<byte[]> r) {
            into.put(checkSize(r.frame(), number, frameSize), 0, frameSize);
            return Poll.ready(into, number);
        }
        return whole instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
    }

    /**
     * Reads part of one frame, e.g. only its timing bytes. Sources that can
     * seek override this; the default reads the whole frame.
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @param offset first byte wanted, within the frame
     * @param length bytes wanted
     * @return the bytes, or NotYet / End as for {@link #frame}
     */
    default Poll<byte[]> part(int number, int frameSize, int offset, int length) {
        if (offset < 0 || length < 0 || offset + (long) length > frameSize) {
            throw new InvalidArgumentException(name() + ": bytes " + offset + " to " + (offset + (long) length)
                    + " are not within a frame of " + frameSize);
        }
        Poll<byte[]> whole = frame(number, frameSize);
        if (whole instanceof Poll.Ready<byte[]> r) {
            byte[] out = new byte[length];
            System.arraycopy(checkSize(r.frame(), number, frameSize), offset, out, 0, length);
            return Poll.ready(out, number);
        }
        return whole;
    }

    /**
     * Refuses a frame of the wrong size from a source that does not check
     * its own, so that copying it cannot fail with an index out of bounds.
     */
    private byte[] checkSize(byte[] frame, int number, int frameSize) {
        if (frame.length != frameSize) {
            String msg = name() + ", frame " + number + ": got " + frame.length + " bytes, expected framesize = "
                    + frameSize;
            throw frame.length < frameSize ? new TruncatedDataException(msg) : new FormatException(msg);
        }
        return frame;
    }

    /**
     * How many bytes of a partly written frame follow the complete ones,
     * for sources that can tell (local files). A disk spool uses it to end
     * as the reference's does (see {@link io.github.hipercam.format.DiskEnding}).
     *
     * @param frameSize bytes in one frame
     * @return the bytes beyond the last complete frame, 0 if none
     */
    default long partialBytes(int frameSize) {
        return 0;
    }

    /** Releases the file or connection. */
    @Override
    void close();
}
