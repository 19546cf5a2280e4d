package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.spool.Poll;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The times of each frame of a run, in order, read from the 36 timing bytes
 * of each frame without touching the pixels (the reference's {@code Rtime}).
 *
 * <pre>{@code
 * try (OpenedRun run = Runs.open("hl", "run0012", SpoolOptions.defaults())) {
 *     RawFrames raw = run.raw();
 *     HcamReadout r = HcamReadout.parse(raw.header(), raw.name(), true);
 *     for (FrameTimes t : new HcamTbytesSpool(r, raw, 1)) {
 *         double mjd = t.ccds().get(0).mjd();
 *     }
 * }
 * }</pre>
 *
 * <p>Unlike the reference's {@code Rtime}, whose per-CCD times use the
 * frame's position in the file and whose "good" flag ignores an
 * unsynchronised clock, these are exactly the times that
 * {@link HcamDecoder} puts in the frames' headers.
 */
public final class HcamTbytesSpool implements Iterable<FrameTimes> {

    private final HcamReadout readout;
    private final FrameAccess frames;
    private int next;

    /**
     * @param readout the run's readout
     * @param frames the run's frames
     * @param first first frame, 1-based
     */
    public HcamTbytesSpool(HcamReadout readout, FrameAccess frames, int first) {
        this.readout = readout;
        this.frames = frames;
        this.next = Math.max(1, first);
    }

    /** @return the times of the next frame, or NotYet / End */
    public Poll<FrameTimes> poll() {
        Poll<FrameTimes> p = times(readout, frames, next);
        if (p instanceof Poll.Ready<FrameTimes>) {
            next++;
        }
        return p;
    }

    /**
     * The times of one frame, reading only its timing bytes.
     *
     * @param readout the run's readout
     * @param frames the run's frames
     * @param number frame number, 1-based
     * @return the times, or NotYet / End
     * @throws FormatException if the header's frame layout cannot be decoded
     */
    public static Poll<FrameTimes> times(HcamReadout readout, FrameAccess frames, int number) {
        if (number < 1) {
            throw new InvalidArgumentException(frames.name() + ": frame numbers start at 1, got " + number);
        }
        int size = readout.frameSize();
        if (!readout.decodable()) {
            // a frame that is not there ends or waits; one that is cannot be decoded
            Poll<byte[]> state = frames.part(number, 0, 0);
            if (!(state instanceof Poll.Ready<byte[]>)) {
                return state instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
            }
            readout.requireDecodable(number);
        }
        Poll<byte[]> p = frames.part(number, size - FrameStamp.BYTES, FrameStamp.BYTES);
        if (p instanceof Poll.Ready<byte[]> r) {
            if (r.frame().length != FrameStamp.BYTES) {
                throw new FormatException(frames.name() + ", frame " + number + ": got " + r.frame().length
                        + " timing bytes, expected " + FrameStamp.BYTES);
            }
            FrameStamp stamp = FrameStamp.decode(r.frame(), FrameStamp.BYTES);
            HcamDecoder.warnIfBadTime(readout, stamp, number);
            return Poll.ready(FrameTimes.of(readout, stamp, number), number);
        }
        return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
    }

    /** Iterates until the run ends or a frame is not yet written. */
    @Override
    public Iterator<FrameTimes> iterator() {
        return new Iterator<>() {
            private Poll<FrameTimes> pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = poll();
                }
                return pending instanceof Poll.Ready<FrameTimes>;
            }

            @Override
            public FrameTimes next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more frames in " + frames.name());
                }
                FrameTimes t = ((Poll.Ready<FrameTimes>) pending).frame();
                pending = null;
                return t;
            }
        };
    }
}
