package io.github.hipercam.ucam;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.spool.Poll;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Steps through the times of a run's frames without reading their pixels:
 * the reference's {@code Rtime} and, through {@link #pollBytes()}, its
 * {@code Rtbytes} / {@code UcamTbytesSpool}. Only each frame's timing words
 * are read.
 *
 * <pre>{@code
 * try (UcamTimeSpool times = UcamTimeSpool.open("run012", 1)) {
 *     for (UcamTimes t : times) {
 *         System.out.println(t.fnum() + " " + t.time().mjd());
 *     }
 * }
 * }</pre>
 *
 * <p>The iteration ends at the end of the run or when a live run has
 * nothing new; {@link #poll()} tells the two apart.
 */
public final class UcamTimeSpool implements AutoCloseable, Iterable<UcamTimes> {

    private final UcamRunReader reader;
    private int next;

    private UcamTimeSpool(UcamRunReader reader, int first) {
        this.reader = reader;
        this.next = first;
    }

    /**
     * Opens a local run, timing frames as the reference does when it starts at {@code first}.
     *
     * @param run the run without extension, e.g. "run012"
     * @param first first frame, 1 or more, or 0 for the last complete frame
     * @return the spool
     */
    public static UcamTimeSpool open(String run, int first) {
        return of(UcamInstrumentBase.openReader(run, UcamFileBytes.open(run), UcamHistory.forSpool(first)), first);
    }

    /**
     * @param reader an open run (owned by the spool from now on)
     * @param first first frame, 1 or more, or 0 for the last complete frame now
     * @return the spool
     */
    public static UcamTimeSpool of(UcamRunReader reader, int first) {
        if (first < 0) {
            reader.close();
            throw new InvalidArgumentException(reader.name() + ": first must be 0 or more, got " + first);
        }
        return new UcamTimeSpool(reader, first == 0 ? Math.max(1, reader.available()) : first);
    }

    /** @return the run's readout */
    public UcamReadout readout() {
        return reader.readout();
    }

    /** @return the next frame's times, or NotYet / End */
    public Poll<UcamTimes> poll() {
        Poll<UcamTimes> p = reader.time(next);
        if (p instanceof Poll.Ready<UcamTimes>) {
            next++;
        }
        return p;
    }

    /** @return the next frame's raw timing bytes, or NotYet / End */
    public Poll<byte[]> pollBytes() {
        Poll<byte[]> p = reader.timingBytes(next);
        if (p instanceof Poll.Ready<byte[]>) {
            next++;
        }
        return p;
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
                    throw new NoSuchElementException("no further frame in " + reader.name());
                }
                UcamTimes t = ((Poll.Ready<UcamTimes>) pending).frame();
                pending = null;
                return t;
            }
        };
    }

    @Override
    public void close() {
        reader.close();
    }
}
