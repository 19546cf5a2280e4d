package io.github.hipercam.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.UcamMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it reads a run (ImageJ's and a pool's threads
 * are) gets its exception, and the run stays readable for every other thread:
 * the JDK closes an interrupted FileChannel for good, which showed as "read
 * failed: null" for every frame, frame 1 included, from then on.
 */
class InterruptedReadTest {

    @TempDir
    Path dir;

    /** Reads frame {@code n} on a new thread that is interrupted before it starts; returns what it threw. */
    private static Throwable interruptedRead(RunReader<Mccd> reader, int n) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                reader.read(n);
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join();
        return thrown.get();
    }

    private static long frameNumber(Poll<Mccd> p) {
        return ((Poll.Ready<Mccd>) p).number();
    }

    @Test
    void aHipercamRunStaysReadableAfterAReaderWasInterrupted() throws Exception {
        Path run = HcamRunWriter.write(dir.resolve("run0001.fits"), HcamRunSpec.of("OneWindow").withFrames(3), false);
        try (OpenedRun opened = Runs.open("hl", run.toString(), SpoolOptions.defaults())) {
            RunReader<Mccd> reader = opened.frames();
            Throwable e = interruptedRead(reader, 2);
            assertTrue(e instanceof SourceAccessException
                    && e.getMessage().endsWith(": the reading thread was interrupted"), String.valueOf(e));
            assertEquals(1, frameNumber(reader.read(1)), "frame 1 reads again on another thread");
            assertEquals(2, frameNumber(reader.read(2)));
            assertEquals(3, reader.available());
        }
    }

    @Test
    void anUltracamRunStaysReadableAfterAReaderWasInterrupted() throws Exception {
        UcamRunWriter.write(dir, "run002", UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withBinning(2, 2).withFrames(3),
                false);
        String run = dir.resolve("run002").toString();
        try (OpenedRun opened = Runs.open("ul", run, SpoolOptions.defaults())) {
            RunReader<Mccd> reader = opened.frames();
            assertTrue(interruptedRead(reader, 3) instanceof SourceAccessException);
            assertEquals(3, frameNumber(reader.read(3)), "frame 3 reads again on another thread");
            assertEquals(1, frameNumber(reader.read(1)));
            assertEquals(3, reader.available());
        }
    }

    @Test
    void onlyCloseClosesASharedFile() throws Exception {
        Path file = Files.write(dir.resolve("bytes"), new byte[] {1, 2, 3, 4});
        SharedFile f = SharedFile.open(file);
        Thread.currentThread().interrupt();
        assertThrows(ClosedByInterruptException.class, () -> f.read(ByteBuffer.allocate(4), 0));
        assertTrue(Thread.interrupted(), "the thread is still marked as interrupted");
        ByteBuffer b = ByteBuffer.allocate(4);
        assertEquals(4, f.read(b, 0));
        assertEquals(3, b.get(2));
        assertEquals(4, f.size());
        f.close();
        assertThrows(ClosedChannelException.class, () -> f.read(ByteBuffer.allocate(4), 0));
        assertEquals("the reading thread was interrupted", SharedFile.reason(new ClosedByInterruptException()));
        assertEquals("ClosedChannelException", SharedFile.reason(new ClosedChannelException()));
        assertEquals("disk on fire", SharedFile.reason(new IOException("disk on fire")));
    }
}
