package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimer;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.format.BufferDecoding;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.util.Lru;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * Decodes the frames of one opened ULTRACAM or ULTRASPEC run, from an array
 * or straight from a buffer (a memory map of the file): pixels with the
 * run's {@link UcamDecoder}, times with the run's own {@link UcamTimer}, which
 * reads the timing words of the earlier frames it needs through the run's
 * frames (only their timing bytes are fetched, and the latest few thousand
 * are kept). Safe from several threads.
 */
final class UcamDecoding implements BufferDecoding {

    /** Timing-word blocks kept. */
    static final int WORDS_KEPT = 4096;

    private final UcamReadout readout;
    private final FrameAccess frames;
    private final UcamDecoder decoder;
    private final UcamTimer timer;
    private final Map<Integer, byte[]> words = Lru.of(WORDS_KEPT);

    UcamDecoding(UcamReadout readout, FrameAccess frames) {
        this.readout = readout;
        this.frames = frames;
        this.decoder = UcamDecoder.of(readout);
        this.timer = new UcamTimer(readout.timing(), this::words);
    }

    @Override
    public Mccd decode(byte[] frame, int number, int timingFrom) {
        if (frame.length != readout.framesize()) {
            throw new TruncatedDataException(frames.name() + ", frame " + number + ": got " + frame.length
                    + " bytes, expected framesize = " + readout.framesize());
        }
        remember(number, Arrays.copyOf(frame, readout.timingBytes()));
        return decoder.decode(frame, number, timer.time(number, timingFrom));
    }

    @Override
    public Mccd decode(ByteBuffer frame, int number, int timingFrom) {
        if (frame.limit() != readout.framesize()) {
            throw new TruncatedDataException(frames.name() + ", frame " + number + ": got " + frame.limit()
                    + " bytes, expected framesize = " + readout.framesize());
        }
        byte[] timing = new byte[readout.timingBytes()];
        frame.get(0, timing);
        remember(number, timing);
        return decoder.decode(frame, number, timer.time(number, timingFrom));
    }

    /** @return the timer of this run */
    UcamTimer timer() {
        return timer;
    }

    private byte[] words(int k) {
        synchronized (words) {
            byte[] w = words.get(k);
            if (w != null) {
                return w;
            }
        }
        Poll<byte[]> p = frames.part(k, 0, readout.timingBytes());
        if (!(p instanceof Poll.Ready<byte[]> r)) {
            throw new SourceAccessException(frames.name() + ": the timing words of frame " + k
                    + " are needed to time a later frame but cannot be read");
        }
        remember(k, r.frame());
        return r.frame();
    }

    private void remember(int k, byte[] w) {
        synchronized (words) {
            words.put(k, w);
        }
    }
}
