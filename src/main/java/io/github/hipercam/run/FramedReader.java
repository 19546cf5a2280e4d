package io.github.hipercam.run;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.format.BufferDecoding;
import io.github.hipercam.format.Decoding;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Frames by number: a frame's bytes from the byte source, decoded by the
 * format. Where the source holds a frame in a memory map and the format can
 * decode from a buffer ({@link BufferDecoding}), the frame is decoded where
 * it lies; otherwise each thread reads into a buffer of its own, kept between
 * frames. Either way a frame costs no allocation beyond the pixels handed out. Closing it
 * releases nothing of the run, which the opened run owns.
 *
 * <p>Where the timing history starts is fixed when the reader is made: a
 * frame number, or 0 for "the first frame this reader is asked for" (spools
 * that start at the newest frame), as the reference would time those frames.
 */
final class FramedReader implements RunReader<Mccd> {

    private final ByteSource bytes;
    private final Decoding decoding;
    private final int frameSize;
    private final AtomicInteger timingFrom;
    private final ThreadLocal<byte[]> buffers = new ThreadLocal<>();

    /**
     * @param bytes the run's bytes
     * @param decoding the format's decoding of the run
     * @param frameSize bytes in one frame
     * @param timingFrom first frame of the timing history, or 0 for the first frame read
     */
    FramedReader(ByteSource bytes, Decoding decoding, int frameSize, int timingFrom) {
        this.bytes = bytes;
        this.decoding = decoding;
        this.frameSize = frameSize;
        this.timingFrom = new AtomicInteger(timingFrom);
    }

    @Override
    public String name() {
        return bytes.name();
    }

    @Override
    public int available() {
        return bytes.available(frameSize);
    }

    @Override
    public Poll<Mccd> read(int number) {
        if (number < 1) {
            throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
        }
        if (decoding instanceof BufferDecoding inPlace) {
            Optional<ByteBuffer> view = bytes.frameInPlace(number, frameSize);
            if (view.isPresent()) {
                timingFrom.compareAndSet(0, number);
                return Poll.ready(decodeInPlace(inPlace, view.get(), number), number);
            }
        }
        Poll<byte[]> p = bytes.frameInto(number, frameSize, this::buffer);
        if (p instanceof Poll.Ready<byte[]> r) {
            timingFrom.compareAndSet(0, number);
            return Poll.ready(decoding.decode(r.frame(), number, Math.min(timingFrom.get(), number)), number);
        }
        return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
    }

    /** Decodes a frame where it lies in a memory map; a file cut short under the map is a truncation. */
    private Mccd decodeInPlace(BufferDecoding inPlace, ByteBuffer frame, int number) {
        try {
            return inPlace.decode(frame, number, Math.min(timingFrom.get(), number));
        } catch (InternalError e) {
            // the JVM's answer to a fault reading a memory map (SIGBUS): the file lost the frame's bytes
            throw new TruncatedDataException(name() + ", frame " + number
                    + ": the file was cut short while the frame was read", e);
        }
    }

    private byte[] buffer() {
        byte[] b = buffers.get();
        if (b == null || b.length != frameSize) {
            b = new byte[frameSize];
            buffers.set(b);
        }
        return b;
    }

    /** Forgets this thread's buffer; the run stays open. */
    @Override
    public void close() {
        buffers.remove();
    }
}
