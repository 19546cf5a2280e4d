package io.github.hipercam.ucam;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.Spooler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The spool of a local ULTRACAM or ULTRASPEC run, ending as the
 * reference's disk spool ends.
 *
 * <p>The reference reads a frame's timing bytes, then its pixels, straight
 * from the {@code .dat} file. Where the file has no complete frame left it
 * therefore
 * <ul>
 *   <li>ends the iteration if fewer than the timing bytes are left (none at
 *       all included, and a {@code first} beyond the end);</li>
 *   <li>fails if the timing bytes are there but not all the pixels: a
 *       truncated last frame is an error, not the end and not "not yet".</li>
 * </ul>
 * With {@code first = 0} (the last complete frame) the reference fails if
 * the file holds no complete frame when it first looks. This spooler keeps
 * exactly those endings, so that a dump of the run ends as the reference's
 * does. Programs that follow a run while it is written
 * use the random-access reader ({@code Spoolers.openReader}), which waits
 * for a partly written frame instead.
 */
final class UcamDiskSpooler implements Spooler<Mccd> {

    private final Spooler<Mccd> inner;
    private final Path dat;
    private final int framesize;
    private final int timingBytes;
    private int next;
    private boolean started;

    /**
     * @param inner the spool of the run's frames (one at a time or decoded ahead)
     * @param readout the run's readout
     * @param run the run's name (the {@code .dat} file is {@code run + ".dat"})
     * @param first first frame: at least 1, or 0 for the last
     */
    UcamDiskSpooler(Spooler<Mccd> inner, UcamReadout readout, String run, int first) {
        this.inner = inner;
        this.dat = Path.of(run + ".dat");
        this.framesize = readout.framesize();
        this.timingBytes = readout.timingBytes();
        this.next = first;
    }

    @Override
    public Poll<Mccd> poll() {
        if (next == 0) {
            return pollLast();
        }
        Poll<Mccd> p = inner.poll();
        if (p instanceof Poll.Ready<Mccd> r) {
            next = r.number() + 1;
            return p;
        }
        if (p instanceof Poll.End<Mccd>) {
            return p;
        }
        long left = size() - (next - 1L) * framesize;
        if (left >= framesize) {
            return p; // written while we looked: read it next time
        }
        if (left < timingBytes) {
            return Poll.end();
        }
        throw new TruncatedDataException(dat + ", frame " + next + ": the file ends " + left
                + " bytes into the frame, after its timing bytes but before the end of its pixels"
                + " (framesize = " + framesize + ")");
    }

    /**
     * {@code first = 0}: the last complete frame, "not yet" while no newer
     * one is there; but a file without a complete frame at the first look is
     * an error, as the reference then seeks before the start of the file.
     */
    private Poll<Mccd> pollLast() {
        if (!started) {
            started = true;
            long size = size();
            if (size < framesize) {
                throw new TruncatedDataException(dat + ": no complete frame to take the last of (the file holds "
                        + size + " bytes, a frame " + framesize + ")");
            }
        }
        return inner.poll();
    }

    private long size() {
        try {
            return Files.size(dat);
        } catch (IOException e) {
            throw new SourceAccessException(dat + ": cannot get the file's size: " + e.getMessage(), e);
        }
    }

    /** @return the spool of the run's frames under the reference's endings */
    Spooler<Mccd> inner() {
        return inner;
    }

    @Override
    public void close() {
        inner.close();
    }
}
