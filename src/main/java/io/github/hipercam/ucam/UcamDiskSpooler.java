package io.github.hipercam.ucam;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.Spooler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The spool of a local ULTRACAM or ULTRASPEC run read from frame
 * {@code first >= 1} on, ending as the reference's disk spool ends.
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
 * This spooler keeps exactly those endings, so that a dump of the run ends
 * as the reference's does. Programs that follow a run while it is written
 * use the random-access reader ({@code Spoolers.openReader}) or
 * {@code first = 0}, which wait for a partly written frame instead.
 */
final class UcamDiskSpooler implements Spooler<Mccd> {

    private final RunSpooler<Mccd> inner;
    private final Path dat;
    private final int framesize;
    private final int timingBytes;
    private int next;

    /**
     * @param reader the run
     * @param run the run's name (the {@code .dat} file is {@code run + ".dat"})
     * @param first first frame, at least 1
     */
    UcamDiskSpooler(UcamRunReader reader, String run, int first) {
        this.inner = new RunSpooler<>(reader, first);
        this.dat = Path.of(run + ".dat");
        this.framesize = reader.readout().framesize();
        this.timingBytes = reader.readout().timingBytes();
        this.next = first;
    }

    @Override
    public Poll<Mccd> poll() {
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

    private long size() {
        try {
            return Files.size(dat);
        } catch (IOException e) {
            throw new SourceAccessException(dat + ": cannot get the file's size: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        inner.close();
    }
}
