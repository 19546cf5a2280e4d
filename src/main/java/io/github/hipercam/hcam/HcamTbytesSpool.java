package io.github.hipercam.hcam;

import io.github.hipercam.HipercamException;
import io.github.hipercam.spool.Poll;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The times of each frame of a run, in order, read from the 36 timing bytes
 * of each frame without touching the pixels (the reference's {@code Rtime}).
 *
 * <pre>{@code
 * try (HcamTbytesSpool times = new HcamTbytesSpool(HcamRunReader.open(path, SpoolOptions.defaults()), 1)) {
 *     for (FrameTimes t : times) {
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
public final class HcamTbytesSpool implements Iterable<FrameTimes>, AutoCloseable {

    private final HcamRunReader reader;
    private int next;
    private boolean closed;

    /**
     * @param reader the run; closed with this spool
     * @param first first frame, 1-based
     */
    public HcamTbytesSpool(HcamRunReader reader, int first) {
        this.reader = reader;
        this.next = Math.max(1, first);
    }

    /** @return the times of the next frame, or NotYet / End */
    public Poll<FrameTimes> poll() {
        if (closed) {
            throw new HipercamException(reader.name() + ": timing spool is closed");
        }
        Poll<FrameTimes> p = reader.times(next);
        if (p instanceof Poll.Ready<FrameTimes>) {
            next++;
        }
        return p;
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
                    throw new NoSuchElementException("no more frames in " + reader.name());
                }
                FrameTimes t = ((Poll.Ready<FrameTimes>) pending).frame();
                pending = null;
                return t;
            }
        };
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            reader.close();
        }
    }
}
