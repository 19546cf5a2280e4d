package io.github.hipercam.hcam;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunBytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of a raw HiPERCAM run in a local file ({@code runNNNN.fits}):
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
public final class HcamFileBytes implements RunBytes {

    private final Path path;
    private final FileChannel channel;
    private final byte[] header;
    /** Frames known to be complete (they stay so), for the frame size below. */
    private volatile int confirmed;
    private volatile int confirmedSize;
    private volatile boolean warned;

    private static final System.Logger LOG = System.getLogger(HcamFileBytes.class.getName());

    private HcamFileBytes(Path path, FileChannel channel, byte[] header) {
        this.path = path;
        this.channel = channel;
        this.header = header;
    }

    /**
     * @param file the run's FITS file
     * @return the transport, with the header read
     * @throws SourceAccessException if the file cannot be opened
     * @throws TruncatedDataException if the header is incomplete
     */
    public static HcamFileBytes open(Path file) {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new SourceAccessException(file + ": no such run file", e);
        } catch (IOException e) {
            throw new SourceAccessException(file + ": cannot open: " + e.getMessage(), e);
        }
        try {
            return new HcamFileBytes(file, ch, HeaderBytes.readPrimary(ch, file.toString()));
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

    /** @return the integer value of a short-keyword card, or Long.MIN_VALUE if absent or not an integer */
    static long cardValue(byte[] cards, String key) {
        String k = (key + "        ").substring(0, 8) + "=";
        int end = HeaderBytes.endCard(cards, 0);
        int limit = end < 0 ? cards.length : end;
        for (int i = 0; i + HeaderBytes.CARD <= limit; i += HeaderBytes.CARD) {
            if (new String(cards, i, 9, StandardCharsets.US_ASCII).equals(k)) {
                String v = new String(cards, i + 10, 70, StandardCharsets.US_ASCII);
                int slash = v.indexOf('/');
                try {
                    return Long.parseLong((slash < 0 ? v : v.substring(0, slash)).strip());
                } catch (NumberFormatException e) {
                    return Long.MIN_VALUE;
                }
            }
        }
        return Long.MIN_VALUE;
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
        if (frames > Math.max(0, cardValue(header, "NAXIS3")) && len - frames * frameSize < HeaderBytes.BLOCK) {
            // frames beyond NAXIS3 that fit in a final block may be the FITS padding of a finished run
            long naxis3 = naxis3Now();
            if (frames > naxis3 && naxis3 >= 0 && len == padded(naxis3 * frameSize)) {
                frames = naxis3;
            }
        }
        int n = (int) Math.min(Integer.MAX_VALUE, frames);
        if (frameSize == confirmedSize && n > confirmed) {
            confirmed = n;
        }
        return n;
    }

    private long naxis3Now() {
        return cardValue(read(0, HeaderBytes.BLOCK, 0), "NAXIS3");
    }

    private static long padded(long bytes) {
        return (bytes + HeaderBytes.BLOCK - 1) / HeaderBytes.BLOCK * HeaderBytes.BLOCK;
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

    /**
     * As {@link #frame}, reading into a caller's buffer instead of a new
     * array (the reader reuses one per thread for large frames).
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @param into buffer of at least frameSize bytes
     * @return {@code into} when ready, else NotYet / End
     */
    Poll<byte[]> frameInto(int number, int frameSize, byte[] into) {
        Poll<byte[]> state = part(number, frameSize, 0, 0);
        if (state instanceof Poll.Ready<byte[]>) {
            fill(header.length + (long) (number - 1) * frameSize, into, frameSize, number);
            return Poll.ready(into, number);
        }
        return state;
    }

    private byte[] read(long at, int length, int number) {
        return fill(at, new byte[length], length, number);
    }

    private byte[] fill(long at, byte[] out, int length, int number) {
        ByteBuffer buf = ByteBuffer.wrap(out, 0, length);
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, at + buf.position()) < 0) {
                    throw new TruncatedDataException(path + ", frame " + number + ": file ended after "
                            + buf.position() + " of " + length + " bytes");
                }
            }
        } catch (IOException e) {
            throw new SourceAccessException(path + ", frame " + number + ": read failed: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * True if NAXIS3, as the file says now, covers exactly the complete frames
     * and the file ends in their FITS padding, at a whole block.
     */
    private boolean finished(int frameSize) {
        long naxis3 = naxis3Now();
        long complete = available(frameSize);
        long size = size();
        return naxis3 == complete && size % HeaderBytes.BLOCK == 0
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
        try {
            return channel.size();
        } catch (IOException e) {
            throw new SourceAccessException(path + ": cannot get the file size: " + e.getMessage(), e);
        }
    }

    private void checkSize(int frameSize) {
        if (frameSize < 1) {
            throw new InvalidArgumentException(path + ": frame size must be positive, got " + frameSize);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new SourceAccessException(path + ": close failed: " + e.getMessage(), e);
        }
    }
}
