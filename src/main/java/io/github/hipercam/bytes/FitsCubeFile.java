package io.github.hipercam.bytes;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.fits.FitsHeaders;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.source.ByteSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * The bytes of a FITS cube in a local file (a raw HiPERCAM run, {@code runNNNN.fits}):
 * the primary header, then frame n at {@code dataOffset + (n-1) * frameSize}.
 * Reads are positional, so one instance may serve several threads.
 *
 * <p>The number of complete frames is computed from the file's length, not
 * from NAXIS3, so a run still being written can be followed. Asking for a
 * frame that is not complete gives:
 * <ul>
 *   <li>{@link Poll.End} if the run is finished: NAXIS3, as the file says
 *       now, equals the complete frames and the file ends with their FITS
 *       padding at a whole 2880-byte block (a writer that stops exactly on a
 *       block boundary with NAXIS3 up to date looks finished);</li>
 *   <li>{@link Poll.NotYet} otherwise: NAXIS3 lags the data, a partial frame
 *       follows the last complete one, or NAXIS3 runs ahead of the data that
 *       has arrived.</li>
 * </ul>
 * A frame that NAXIS3 counts but the file does not hold in full means a
 * truncated file: {@link Poll.End}, with a warning, after the frames it
 * does hold, as the reference reads such a file.
 */
public final class FitsCubeFile implements ByteSource {

    private final Path path;
    private final SharedFile channel;
    private final byte[] header;
    /** Frames known to be complete (they stay so), for the frame size below. */
    private volatile int confirmed;
    private volatile int confirmedSize;
    private volatile boolean warned;

    private static final System.Logger LOG = System.getLogger(FitsCubeFile.class.getName());

    private FitsCubeFile(Path path, SharedFile channel, byte[] header) {
        this.path = path;
        this.channel = channel;
        this.header = header;
    }

    /**
     * @param name the run's FITS file as asked for
     * @param root the directory reads are confined to, or null (see {@link LocalPaths})
     * @return the transport, with the header read
     * @throws SourceAccessException if the file cannot be opened
     * @throws TruncatedDataException if the header is incomplete
     */
    static FitsCubeFile open(String name, Path root) {
        Path file = Path.of(name);
        Path real = LocalPaths.toOpen(name, root);
        FileChannel ch;
        try {
            ch = FileChannel.open(real, LocalPaths.options(root));
        } catch (NoSuchFileException e) {
            throw new SourceAccessException(file + ": no such run file", e);
        } catch (IOException e) {
            throw new SourceAccessException(file + ": cannot open: " + SharedFile.reason(e), e);
        }
        try {
            byte[] header = FitsHeaders.readPrimary(ch, file.toString());
            return new FitsCubeFile(file, SharedFile.adopt(real, ch, LocalPaths.options(root)), header);
        } catch (RuntimeException e) {
            closeQuietly(ch, e);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel ch, RuntimeException e) {
        try {
            ch.close();
        } catch (IOException suppressed) {
            e.addSuppressed(suppressed);
        }
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public byte[] header() {
        return header.clone();
    }

    /** @return where the first frame starts */
    public long dataOffset() {
        return header.length;
    }

    @Override
    public int available(int frameSize) {
        checkSize(frameSize);
        long len = Math.max(0, size() - header.length);
        long frames = len / frameSize;
        long naxis3 = FitsHeaders.integer(header, "NAXIS3").orElse(0);
        if (frames > Math.max(0, naxis3) && len - frames * frameSize < FitsHeaders.BLOCK) {
            frames = withoutPadding(frames, frameSize, len);
        }
        int n = (int) Math.min(Integer.MAX_VALUE, frames);
        if (frameSize == confirmedSize && n > confirmed) {
            confirmed = n;
        }
        return n;
    }

    /**
     * Frames beyond NAXIS3 that lie in the last block may be the FITS padding
     * of a finished run rather than frames. The camera writes the padding, then
     * the final NAXIS3: once NAXIS3 covers the data and the file ends at its
     * padding, the frames are those NAXIS3 counts. Before it does, a "frame"
     * of zero bytes only at the end of the file is not counted yet: FITS pads
     * with zeros, and no frame of a real run is all zeros (its timing bytes
     * never are), so it is padding or a frame whose bytes have not arrived.
     */
    private long withoutPadding(long frames, int frameSize, long len) {
        long naxis3 = naxis3Now();
        if (frames > naxis3 && naxis3 >= 0 && len == padded(naxis3 * frameSize)) {
            return naxis3;
        }
        long n = frames;
        while (n > Math.max(0, naxis3) && len - (n - 1) * frameSize <= FitsHeaders.BLOCK
                && allZero(header.length + (n - 1) * frameSize, frameSize)) {
            n--;
        }
        return n;
    }

    private boolean allZero(long at, int length) {
        byte[] b = read(at, length, 0);
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long partialBytes(int frameSize) {
        checkSize(frameSize);
        long len = Math.max(0, size() - header.length);
        return len - (long) available(frameSize) * frameSize;
    }

    private long naxis3Now() {
        return FitsHeaders.integer(read(0, FitsHeaders.BLOCK, 0), "NAXIS3").orElse(Long.MIN_VALUE);
    }

    private static long padded(long bytes) {
        return (bytes + FitsHeaders.BLOCK - 1) / FitsHeaders.BLOCK * FitsHeaders.BLOCK;
    }

    @Override
    public Poll<byte[]> frame(int number, int frameSize) {
        return part(number, frameSize, 0, frameSize);
    }

    @Override
    public Poll<byte[]> part(int number, int frameSize, int offset, int length) {
        checkSize(frameSize);
        if (number < 1) {
            throw new InvalidArgumentException(path + ": frame numbers start at 1, got " + number);
        }
        if (offset < 0 || length < 0 || offset + (long) length > frameSize) {
            throw new InvalidArgumentException(path + ": bytes " + offset + " to " + (offset + (long) length)
                    + " are not within a frame of " + frameSize);
        }
        if (frameSize != confirmedSize) {
            confirmedSize = frameSize;
            confirmed = 0;
        }
        if (number > confirmed && number > available(frameSize)) {
            return finished(frameSize) || truncated(number) ? Poll.end() : Poll.notYet();
        }
        long at = header.length + (long) (number - 1) * frameSize + offset;
        return Poll.ready(read(at, length, number), number);
    }

    /** Reads in place, asking for the buffer only once the file holds the whole frame. */
    @Override
    public Poll<byte[]> frameInto(int number, int frameSize, Supplier<byte[]> buffer) {
        Poll<byte[]> state = part(number, frameSize, 0, 0);
        if (state instanceof Poll.Ready<byte[]>) {
            byte[] into = buffer.get();
            if (into.length < frameSize) {
                throw new InvalidArgumentException(path + ": a buffer of " + into.length
                        + " bytes cannot hold a frame of " + frameSize);
            }
            fill(header.length + (long) (number - 1) * frameSize, into, frameSize, number);
            return Poll.ready(into, number);
        }
        return state;
    }

    private byte[] read(long at, int length, int number) {
        return fill(at, new byte[length], length, number);
    }

    private byte[] fill(long at, byte[] out, int length, int number) {
        fill(at, ByteBuffer.wrap(out, 0, length), number);
        return out;
    }

    /** Fills the buffer from its position to its limit with the file's bytes from {@code at}. */
    private void fill(long at, ByteBuffer buf, int number) {
        channel.readFully(buf, at, path + ", frame " + number);
    }

    /** Reads in place into the buffer, once the file holds the whole frame. */
    @Override
    public Poll<ByteBuffer> copyFrame(int number, int frameSize, ByteBuffer into) {
        Poll<byte[]> state = part(number, frameSize, 0, 0);
        if (!(state instanceof Poll.Ready<byte[]>)) {
            return state instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
        }
        if (into.remaining() < frameSize) {
            throw new InvalidArgumentException(path + ": " + into.remaining()
                    + " bytes left in the buffer cannot hold a frame of " + frameSize);
        }
        int limit = into.limit();
        into.limit(into.position() + frameSize);
        fill(header.length + (long) (number - 1) * frameSize, into, number);
        into.limit(limit);
        return Poll.ready(into, number);
    }

    /**
     * True if NAXIS3, as the file says now, covers exactly the complete frames
     * and the file ends in their FITS padding, at a whole block.
     */
    private boolean finished(int frameSize) {
        long naxis3 = naxis3Now();
        long complete = available(frameSize);
        long size = size();
        return naxis3 == complete && size % FitsHeaders.BLOCK == 0
                && size - header.length == padded(complete * frameSize);
    }

    /** True if NAXIS3 counts frame {@code number} although the file does not hold it in full. */
    private boolean truncated(int number) {
        long naxis3 = naxis3Now();
        if (naxis3 < number) {
            return false;
        }
        if (!warned) {
            warned = true;
            LOG.log(System.Logger.Level.WARNING, "{0}: NAXIS3 = {1} but frame {2} is incomplete; the file is"
                    + " truncated and ends here", path, naxis3, number);
        }
        return true;
    }

    private long size() {
        return channel.currentSize();
    }

    private void checkSize(int frameSize) {
        if (frameSize < 1) {
            throw new InvalidArgumentException(path + ": frame size must be positive, got " + frameSize);
        }
    }

    @Override
    public void close() {
        channel.release();
    }
}
