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
        Poll<byte[]> p = bytes.frame(number, readout.frameSize());
        if (p instanceof Poll.Ready<byte[]> r) {
            return Poll.ready(HcamDecoder.decode(readout, r.frame(), number), number);
        }
        return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
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
        Poll<byte[]> p = bytes.part(number, size, size - FrameStamp.BYTES, FrameStamp.BYTES);
        if (p instanceof Poll.Ready<byte[]> r) {
            if (r.frame().length != FrameStamp.BYTES) {
                throw new FormatException(name() + ", frame " + number + ": got " + r.frame().length
                        + " timing bytes, expected " + FrameStamp.BYTES);
            }
            FrameStamp stamp = FrameStamp.decode(r.frame(), FrameStamp.BYTES);
            HcamDecoder.checkCounter(readout, stamp, number);
            return Poll.ready(FrameTimes.of(readout, stamp, number), number);
        }
        return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
    }

    private void checkNumber(int number) {
        if (number < 1) {
            throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
        }
    }

    @Override
    public void close() {
        bytes.close();
    }
}
