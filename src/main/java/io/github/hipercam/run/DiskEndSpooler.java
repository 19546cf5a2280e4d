package io.github.hipercam.run;

import io.github.hipercam.format.DiskEnding;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.Spooler;

/**
 * A spool of a local file that ends as the reference's disk spool ends: from
 * {@code first >= 1} it never waits, so where the file holds no further whole
 * frame the spool ends, whether or not the run is still being written (the
 * format may refuse a partly written frame instead; see {@link DiskEnding}).
 * With {@code first = 0} the format may refuse a file that holds no frame at
 * the first look. Frames pass unchanged.
 *
 * <p>To follow a run that is still being written, open it with
 * {@link io.github.hipercam.spool.SpoolOptions#withFollow(boolean) follow}:
 * its spools then answer "not yet" at the end of the file, so that a
 * {@link io.github.hipercam.spool.HangAbout} can wait.
 */
final class DiskEndSpooler implements Spooler<Mccd> {

    private final Spooler<Mccd> inner;
    private final ByteSource bytes;
    private final int frameSize;
    private final DiskEnding ending;
    private final int first;
    private int next;
    private boolean looked;

    DiskEndSpooler(Spooler<Mccd> inner, ByteSource bytes, int frameSize, DiskEnding ending, int first) {
        this.inner = inner;
        this.bytes = bytes;
        this.frameSize = frameSize;
        this.ending = ending;
        this.first = first;
        this.next = first;
    }

    @Override
    public Poll<Mccd> poll() {
        if (first < 1) {
            checkLast();
            return inner.poll();
        }
        Poll<Mccd> p = inner.poll();
        if (p instanceof Poll.Ready<Mccd> r) {
            next = r.number() + 1;
            return p;
        }
        if (p instanceof Poll.End<Mccd>) {
            return p;
        }
        int whole = bytes.available(frameSize);
        long fromNext = (long) whole * frameSize + bytes.partialBytes(frameSize) - (next - 1L) * frameSize;
        if (fromNext >= frameSize) {
            return p; // written while we looked: read it next time
        }
        ending.atEnd(bytes.name(), next, fromNext);
        return Poll.end();
    }

    private void checkLast() {
        if (!looked) {
            looked = true;
            if (first == 0 && bytes.available(frameSize) < 1) {
                ending.noLastFrame(bytes.name(), bytes.partialBytes(frameSize));
            }
        }
    }

    @Override
    public void close() {
        inner.close();
    }
}
