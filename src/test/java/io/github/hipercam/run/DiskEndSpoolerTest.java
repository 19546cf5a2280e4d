package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.format.DiskEnding;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.SynthHcm;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk spool's ending: the current end of a local file ends a spool from first >= 1, unless followed. */
class DiskEndSpoolerTest {

    private static final int SIZE = 100;

    @TempDir
    Path dir;

    /** Answers a fixed sequence of polls. */
    private static final class Scripted implements Spooler<Mccd> {
        final Deque<Poll<Mccd>> answers;
        boolean closed;

        Scripted(List<Poll<Mccd>> answers) {
            this.answers = new ArrayDeque<>(answers);
        }

        @Override
        public Poll<Mccd> poll() {
            return answers.isEmpty() ? Poll.end() : answers.poll();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A file holding {@code whole} frames and {@code partial} bytes of the next. */
    private static ByteSource file(int whole, long partial) {
        return new ByteSource() {
            @Override
            public String name() {
                return "disk/run";
            }

            @Override
            public byte[] header() {
                return new byte[0];
            }

            @Override
            public int available(int frameSize) {
                return whole;
            }

            @Override
            public long partialBytes(int frameSize) {
                return partial;
            }

            @Override
            public Poll<byte[]> frame(int number, int frameSize) {
                throw new AssertionError("the disk ending reads no frame");
            }

            @Override
            public void close() {
            }
        };
    }

    private static Poll<Mccd> frame(int n) {
        return Poll.ready(SynthHcm.frame(1, n), n);
    }

    @Test
    void fromFirstFrameOnwardsTheCurrentEndOfTheFileEndsTheSpool() {
        Scripted inner = new Scripted(List.of(frame(1), Poll.notYet(), frame(2)));
        Spooler<Mccd> spool = new DiskEndSpooler(inner, file(1, 0), SIZE, DiskEnding.QUIET, 1);
        Poll.Ready<?> first = assertInstanceOf(Poll.Ready.class, spool.poll());
        assertEquals(1L, ((Mccd) first.frame()).head().get("NFRAME"));
        assertInstanceOf(Poll.End.class, spool.poll(), "not yet becomes the end");
        spool.close();
        assertTrue(inner.closed, "closing the wrapper closes the file's spool");
    }

    @Test
    void aFrameWrittenWhileWeLookedIsReadNextTime() {
        Scripted inner = new Scripted(List.of(frame(1), Poll.notYet(), frame(2)));
        Spooler<Mccd> spool = new DiskEndSpooler(inner, file(2, 0), SIZE, DiskEnding.QUIET, 1);
        assertInstanceOf(Poll.Ready.class, spool.poll());
        assertInstanceOf(Poll.NotYet.class, spool.poll(), "the file holds frame 2 now");
        assertEquals(2, assertInstanceOf(Poll.Ready.class, spool.poll()).number());
    }

    @Test
    void theFormatDecidesWhatAPartFrameAtTheEndMeans() {
        DiskEnding refuses = new DiskEnding() {
            @Override
            public void atEnd(String name, int next, long bytesFromNext) {
                throw new TruncatedDataException(name + ", frame " + next + ": " + bytesFromNext + " bytes");
            }
        };
        Spooler<Mccd> spool = new DiskEndSpooler(new Scripted(List.of(frame(1), Poll.notYet())), file(1, 40), SIZE,
                refuses, 1);
        assertInstanceOf(Poll.Ready.class, spool.poll());
        TruncatedDataException e = assertThrows(TruncatedDataException.class, spool::poll);
        assertEquals("disk/run, frame 2: 40 bytes", e.getMessage());
    }

    @Test
    void theLastFramesAreAlwaysFollowedAsInTheReference() {
        for (int first : new int[] {0, -2}) {
            Spooler<Mccd> spool = new DiskEndSpooler(new Scripted(List.of(Poll.notYet(), frame(3))), file(3, 0),
                    SIZE, DiskEnding.QUIET, first);
            assertInstanceOf(Poll.NotYet.class, spool.poll(), "first = " + first);
            assertEquals(3, assertInstanceOf(Poll.Ready.class, spool.poll()).number());
        }
    }

    @Test
    void followingAGrowingRunKeepsNotYet() {
        HcamRunSpec spec = HcamRunSpec.of("OneWindow").withFrames(3);
        Path file = dir.resolve("run0042.fits");
        try (HcamRunWriter.Growing w = HcamRunWriter.start(file, spec, 0, true)) {
            w.appendFrames(1);
            w.appendBytes(100);
            try (Spooler<Mccd> followed = Spoolers.open("hl", file.toString(), 1,
                    SpoolOptions.defaults().withFollow(true));
                    Spooler<Mccd> disk = Spoolers.open("hl", file.toString(), 1)) {
                assertEquals(1, assertInstanceOf(Poll.Ready.class, followed.poll()).number());
                assertInstanceOf(Poll.NotYet.class, followed.poll(), "following: wait at the end of the file");
                assertEquals(1, assertInstanceOf(Poll.Ready.class, disk.poll()).number());
                assertInstanceOf(Poll.End.class, disk.poll(), "not following: the end of the file ends the spool");
                w.appendFrames(1);
                assertEquals(2, assertInstanceOf(Poll.Ready.class, followed.poll()).number());
            }
        }
    }
}
