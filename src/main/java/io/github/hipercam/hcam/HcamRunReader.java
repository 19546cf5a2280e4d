package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.file.Path;

/**
 * Random access to the frames of a raw HiPERCAM run over any
 * {@link RunBytes}: a local file ({@link HcamFileBytes}) or a file server.
 * The header is parsed once into an {@link HcamReadout}; each
 * {@link #read(int)} fetches one frame's bytes and decodes them
 * ({@link HcamDecoder}). Seeking is O(1) and the reader holds no state
 * between reads, so it may be shared by threads.
 *
 * <pre>{@code
 * try (HcamRunReader run = HcamRunReader.open(Path.of("run0012.fits"), SpoolOptions.defaults())) {
 *     if (run.read(10) instanceof Poll.Ready<Mccd> r) {
 *         Mccd frame = r.frame();
 *     }
 * }
 * }</pre>
 */
public final class HcamRunReader implements RunReader<Mccd> {

    private static final System.Logger LOG = System.getLogger(HcamRunReader.class.getName());

    /** Frames at least this large are read into a buffer kept per thread rather than a new array. */
    static final int REUSE_BYTES = 1 << 18;

    /** Frame bytes are only read during decoding, so one buffer per thread can be reused. */
    private final ThreadLocal<byte[]> buffers = new ThreadLocal<>();

    private final RunBytes bytes;
    private final HcamReadout readout;

    private HcamRunReader(RunBytes bytes, HcamReadout readout) {
        this.bytes = bytes;
        this.readout = readout;
    }

    /**
     * Opens a run over a transport, taking ownership of it (closing the
     * reader closes it, as does a failure here).
     *
     * @param bytes the transport
     * @param options {@code full} chooses full or minimal headers
     * @return the reader
     */
    public static HcamRunReader open(RunBytes bytes, SpoolOptions options) {
        try {
            HcamReadout r = HcamReadout.parse(HeaderBytes.parse(bytes.header(), bytes.name()), bytes.name(),
                    options.full());
            return new HcamRunReader(bytes, r);
        } catch (RuntimeException e) {
            try {
                bytes.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * @param file a run's {@code .fits} file
     * @param options options
     * @return the reader
     */
    public static HcamRunReader open(Path file, SpoolOptions options) {
        return open(HcamFileBytes.open(file), options);
    }

    /** @return the parsed header */
    public HcamReadout readout() {
        return readout;
    }

    @Override
    public String name() {
        return bytes.name();
    }

    @Override
    public int available() {
        return bytes.available(readout.frameSize());
    }

    @Override
    public Poll<Mccd> read(int number) {
        checkNumber(number);
        int size = readout.frameSize();
        Poll<byte[]> p = bytes instanceof HcamFileBytes file && size >= REUSE_BYTES
                ? file.frameInto(number, size, buffer(size)) : bytes.frame(number, size);
        if (p instanceof Poll.Ready<byte[]> r) {
            Mccd frame = HcamDecoder.decode(readout, r.frame(), number);
            checkDrops(number, FrameStamp.decode(r.frame(), size));
            return Poll.ready(frame, number);
        }
        return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
    }

    private byte[] buffer(int size) {
        byte[] b = buffers.get();
        if (b == null || b.length != size) {
            b = new byte[size];
            buffers.set(b);
        }
        return b;
    }

    /**
     * The times of one frame, reading only its 36 timing bytes.
     *
     * @param number frame number, 1-based
     * @return the times, or NotYet / End as for {@link #read}
     */
    public Poll<FrameTimes> times(int number) {
        checkNumber(number);
        int size = readout.frameSize();
        if (!readout.decodable()) {
            // as for read: a frame that is not there ends or waits; one that is cannot be decoded
            Poll<byte[]> state = bytes.part(number, size, 0, 0);
            if (!(state instanceof Poll.Ready<byte[]>)) {
                return state instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
            }
            readout.requireDecodable(number);
        }
        Poll<byte[]> p = bytes.part(number, size, size - FrameStamp.BYTES, FrameStamp.BYTES);
        if (p instanceof Poll.Ready<byte[]> r) {
            if (r.frame().length != FrameStamp.BYTES) {
                throw new FormatException(name() + ", frame " + number + ": got " + r.frame().length
                        + " timing bytes, expected " + FrameStamp.BYTES);
            }
            FrameStamp stamp = FrameStamp.decode(r.frame(), FrameStamp.BYTES);
            HcamDecoder.warnIfBadTime(readout, stamp, number);
            checkDrops(number, stamp);
            return Poll.ready(FrameTimes.of(readout, stamp, number), number);
        }
        return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
    }

    /**
     * Warns (java.util.logging / System.Logger, level WARNING) when a frame's
     * counter shows that frames were dropped just before it. A counter ahead
     * of the position is compared with the previous frame's counter, read
     * from its timing bytes, so one drop is reported once, at the frame after
     * the gap, however the frames are reached.
     */
    private void checkDrops(int number, FrameStamp stamp) {
        long counter = stamp.frameNumber();
        if (counter == number || !LOG.isLoggable(System.Logger.Level.WARNING)) {
            return;
        }
        long before = number - 1;
        if (number > 1) {
            int size = readout.frameSize();
            Poll<byte[]> p = bytes.part(number - 1, size, size - FrameStamp.BYTES, FrameStamp.BYTES);
            if (p instanceof Poll.Ready<byte[]> r && r.frame().length == FrameStamp.BYTES) {
                before = FrameStamp.decode(r.frame(), FrameStamp.BYTES).frameNumber();
            }
        }
        long dropped = counter - before - 1;
        if (dropped != 0) {
            LOG.log(System.Logger.Level.WARNING, "{0}, frame {1}: frame counter {2} follows {3}; {4}",
                    name(), number, counter, before, dropped > 0 ? dropped + " frame(s) seem to have been dropped"
                            : "the counter went backwards");
        }
    }

    private void checkNumber(int number) {
        if (number < 1) {
            throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
        }
    }

    @Override
    public void close() {
        buffers.remove();
        bytes.close();
    }
}
