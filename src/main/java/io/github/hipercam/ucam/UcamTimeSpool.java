package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimer;
import io.github.hipercam.ucam.timing.UcamTimes;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.spool.Poll;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Steps through the times of a run's frames without reading their pixels:
 * the reference's {@code Rtime} and, through {@link #pollBytes()}, its
 * {@code Rtbytes} / {@code UcamTbytesSpool}. Only each frame's timing words
 * are read, and frames are timed as the reference times them when it starts
 * reading at {@code first}.
 *
 * <pre>{@code
 * try (OpenedRun run = Runs.open("ul", "run012", SpoolOptions.defaults())) {
 *     RawFrames raw = run.raw();
 *     UcamReadout r = UcamReadout.parse("run012", raw.header());
 *     for (UcamTimes t : UcamTimeSpool.of(r, raw, 1)) {
 *         System.out.println(t.fnum() + " " + t.time().mjd());
 *     }
 * }
 * }</pre>
 *
 * <p>The iteration ends at the end of the run or when a live run has
 * nothing new; {@link #poll()} tells the two apart.
 */
public final class UcamTimeSpool implements Iterable<UcamTimes> {

    private final UcamReadout readout;
    private final FrameAccess frames;
    private final UcamTimer timer;
    private final int first;
    private int next;

    private UcamTimeSpool(UcamReadout readout, FrameAccess frames, int first) {
        this.readout = readout;
        this.frames = frames;
        this.first = first;
        this.next = first;
        this.timer = new UcamTimer(readout.timing(), this::words);
    }

    /**
     * @param readout the run's readout
     * @param frames the run's frames
     * @param first first frame, 1 or more
     * @return the spool
     */
    public static UcamTimeSpool of(UcamReadout readout, FrameAccess frames, int first) {
        if (first < 1) {
            throw new InvalidArgumentException(frames.name() + ": first must be 1 or more, got " + first);
        }
        return new UcamTimeSpool(readout, frames, first);
    }

    /** @return the run's readout */
    public UcamReadout readout() {
        return readout;
    }

    /** @return the next frame's times, or NotYet / End */
    public Poll<UcamTimes> poll() {
        Poll<byte[]> p = frames.part(next, 0, readout.timingBytes());
        if (p instanceof Poll.Ready<byte[]>) {
            return Poll.ready(timer.time(next, first), next++);
        }
        return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
    }

    /** @return the next frame's raw timing bytes, or NotYet / End */
    public Poll<byte[]> pollBytes() {
        Poll<byte[]> p = frames.part(next, 0, readout.timingBytes());
        if (p instanceof Poll.Ready<byte[]>) {
            next++;
        }
        return p;
    }

    private byte[] words(int k) {
        Poll<byte[]> p = frames.part(k, 0, readout.timingBytes());
        if (p instanceof Poll.Ready<byte[]> r) {
            return r.frame();
        }
        throw new io.github.hipercam.SourceAccessException(frames.name() + ": the timing words of frame " + k
                + " are needed to time a later frame but cannot be read");
    }

    @Override
    public Iterator<UcamTimes> iterator() {
        return new Iterator<>() {
            private Poll<UcamTimes> pending;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = poll();
                }
                return pending instanceof Poll.Ready<UcamTimes>;
            }

            @Override
            public UcamTimes next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no further frame in " + frames.name());
                }
                UcamTimes t = ((Poll.Ready<UcamTimes>) pending).frame();
                pending = null;
                return t;
            }
        };
    }
}
