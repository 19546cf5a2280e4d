package io.github.hipercam.ucam;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunBytes;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Random access to the frames of an ULTRACAM or ULTRASPEC run, over any
 * {@link RunBytes}: local files ({@link UcamFileBytes}) or a file server.
 *
 * <pre>{@code
 * try (UcamRunReader run = UcamRunReader.open(UcamFileBytes.open("run012"),
 *         SpoolOptions.defaults(), new UcamTimer())) {
 *     if (run.read(3) instanceof Poll.Ready<Mccd> r) {
 *         Mccd frame = r.frame();
 *     }
 * }
 * }</pre>
 *
 * <p>The XML is parsed once into a {@link UcamReadout}; each frame is decoded
 * from its bytes alone by a {@link UcamDecoder}, and timed by a
 * {@link UcamClock} that reads the timing words of the earlier frames it
 * needs through this reader (only their timing bytes are fetched, and the
 * latest few thousand are kept), so a frame's time does not depend on the
 * order of reading; see {@link UcamHistory} for where the history starts.
 * The reader may be used from several threads. It owns the bytes: closing it
 * closes them, and so does a failure to open.
 */
public final class UcamRunReader implements RunReader<Mccd> {

    /** Timing-word blocks kept for the clock. */
    static final int WORDS_KEPT = 4096;
    /** Byte offset of the frame counter within the timing bytes. */
    private static final int COUNTER = 4;

    private final RunBytes bytes;
    private final UcamDecoder decoder;
    private final UcamClock clock;
    private final AtomicInteger floor;
    private final Map<Integer, TimingWords> views = new ConcurrentHashMap<>();
    private final ThreadLocal<byte[]> buffer = new ThreadLocal<>();
    private final Map<Integer, byte[]> words = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > WORDS_KEPT;
        }
    };

    private UcamRunReader(RunBytes bytes, UcamDecoder decoder, UcamClock clock, UcamHistory history) {
        this.bytes = bytes;
        this.decoder = decoder;
        this.clock = clock;
        this.floor = new AtomicInteger(history.from());
    }

    /**
     * Opens a run; RUN is the bytes' name and the history is the whole run.
     *
     * @param bytes the run's bytes (owned by the reader from now on)
     * @param options per-source options (ULTRACAM headers are always full)
     * @param clock the timer
     * @return the reader
     */
    public static UcamRunReader open(RunBytes bytes, SpoolOptions options, UcamClock clock) {
        return open(bytes.name(), bytes, clock, UcamHistory.whole());
    }

    /**
     * Opens a run.
     *
     * @param run the run's name as the user gave it (the RUN header item), e.g. "run012"
     * @param bytes the run's bytes (owned by the reader from now on)
     * @param clock the timer
     * @param history where the history of frame times starts
     * @return the reader
     * @throws io.github.hipercam.FormatException if the XML cannot be read as a run
     */
    public static UcamRunReader open(String run, RunBytes bytes, UcamClock clock, UcamHistory history) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(history, "history");
        try {
            UcamReadout readout = UcamReadout.parse(run, bytes.header());
            return new UcamRunReader(bytes, UcamDecoder.of(readout), clock, history);
        } catch (HipercamException | IllegalArgumentException e) {
            bytes.close();
            throw e;
        }
    }

    /** @return the run's readout */
    public UcamReadout readout() {
        return decoder.readout();
    }

    @Override
    public String name() {
        return bytes.name();
    }

    @Override
    public int available() {
        return bytes.available(readout().framesize());
    }

    @Override
    public Poll<Mccd> read(int number) {
        checkNumber(number);
        Poll<byte[]> p = frameBytes(number);
        if (!(p instanceof Poll.Ready<byte[]> r)) {
            return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
        }
        byte[] frame = r.frame();
        if (frame.length != readout().framesize()) {
            throw new TruncatedDataException(name() + ", frame " + number + ": got " + frame.length
                    + " bytes, expected framesize = " + readout().framesize());
        }
        remember(number, Arrays.copyOf(frame, readout().timingBytes()));
        return Poll.ready(decoder.decode(frame, number, timeOf(number)), number);
    }

    /**
     * A frame's bytes. Frames of local files are read into a buffer kept per
     * thread, which nothing holds on to once the frame is decoded (its timing
     * bytes are copied out): this spares allocating and zeroing one array per
     * frame, a tenth of the time of a 0.2 MB frame.
     */
    private Poll<byte[]> frameBytes(int number) {
        int fs = readout().framesize();
        if (bytes instanceof UcamFileBytes local) {
            byte[] b = buffer.get();
            if (b == null || b.length != fs) {
                b = new byte[fs];
                buffer.set(b);
            }
            return local.frameInto(number, fs, b);
        }
        return bytes.frame(number, fs);
    }

    /**
     * The times of one frame without its pixels (the reference's {@code Rtime}).
     *
     * @param number frame number, 1-based
     * @return the times, or NotYet / End as for {@link #read}
     */
    public Poll<UcamTimes> time(int number) {
        Poll<byte[]> p = timingBytes(number);
        if (!(p instanceof Poll.Ready<byte[]>)) {
            return p instanceof Poll.End<byte[]> ? Poll.end() : Poll.notYet();
        }
        return Poll.ready(timeOf(number), number);
    }

    /**
     * The raw timing bytes of one frame (the reference's {@code Rtbytes}).
     *
     * @param number frame number, 1-based
     * @return {@code 2 * headerwords} bytes, or NotYet / End as for {@link #read}
     */
    public Poll<byte[]> timingBytes(int number) {
        checkNumber(number);
        Poll<byte[]> p = bytes.part(number, readout().framesize(), 0, readout().timingBytes());
        if (p instanceof Poll.Ready<byte[]> r) {
            remember(number, r.frame().clone());
        }
        return p;
    }

    private UcamTimes timeOf(int number) {
        floor.compareAndSet(0, number);
        int from = Math.min(floor.get(), number);
        TimingWords view = from == floor.get() ? views.computeIfAbsent(from, this::view) : view(from);
        return clock.time(readout().timing(), view, number);
    }

    /**
     * One view of the run's timing words per history start, kept, so that a
     * clock may cache what it works out per view (as {@link UcamTimer} does).
     */
    private TimingWords view(int from) {
        return k -> wordsFor(k, from);
    }

    /**
     * The timing words of frame k as seen with a history from
     * frame {@code from}: the frame before the history gets the counter of
     * the history's first frame, so no clock can take them as consecutive
     * (the reference's own rule for a break in the sequence).
     */
    private byte[] wordsFor(int k, int from) {
        if (k < 1) {
            throw new InvalidArgumentException(name() + ": a clock asked for the timing words of frame " + k
                    + "; frames start at 1");
        }
        byte[] w = words(k);
        if (k == from - 1 && w.length >= COUNTER + 4) {
            w = w.clone();
            ByteBuffer.wrap(w).order(ByteOrder.LITTLE_ENDIAN).putInt(COUNTER, counter(words(from)));
        }
        return w;
    }

    private static int counter(byte[] w) {
        return w.length >= COUNTER + 4 ? ByteBuffer.wrap(w).order(ByteOrder.LITTLE_ENDIAN).getInt(COUNTER) : 0;
    }

    private byte[] words(int k) {
        synchronized (words) {
            byte[] w = words.get(k);
            if (w != null) {
                return w.clone();
            }
        }
        Poll<byte[]> p = bytes.part(k, readout().framesize(), 0, readout().timingBytes());
        if (!(p instanceof Poll.Ready<byte[]> r)) {
            throw new SourceAccessException(name() + ": the timing words of frame " + k
                    + " are needed to time a later frame but cannot be read");
        }
        remember(k, r.frame().clone());
        return r.frame();
    }

    private void remember(int k, byte[] w) {
        synchronized (words) {
            words.put(k, w);
        }
    }

    private void checkNumber(int number) {
        if (number < 1) {
            throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
        }
    }

    @Override
    public void close() {
        bytes.close();
    }
}
