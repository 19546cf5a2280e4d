package io.github.hipercam.run;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.format.Decoding;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.format.RawHeader;
import io.github.hipercam.format.Readout;
import io.github.hipercam.format.RunFormat;
import io.github.hipercam.model.RunSummary;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.DecodeAheadSpooler;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A raw run: a format joined to a byte source of its layout. The header is
 * read and parsed once, when the run is opened; every spool and reader then
 * fetches frames from the byte source and decodes them with the format.
 *
 * @param <R> the format's readout
 */
final class FramedRun<R extends Readout> implements OpenedRun {

    /**
     * Bytes of frames handed to a worker at once when decoding ahead: 4 MiB,
     * so that small frames (a 2-PAIR frame is 0.2 MB) go 20 to a task and the
     * hand-over between threads is not paid per frame; a large frame is a task
     * of its own. With 2 tasks per thread in flight, a 2-core machine holds at
     * most about 16 MiB of raw frames decoded ahead.
     */
    private static final int AHEAD_BATCH_BYTES = 1 << 22;

    private final SourceCode.Raw code;
    private final String resource;
    private final SpoolOptions options;
    private final RunFormat<R> format;
    private final ByteSource bytes;
    private final R readout;
    private final Decoding decoding;
    private final FramedReader frames;

    private FramedRun(SourceCode.Raw code, String resource, SpoolOptions options, RunFormat<R> format,
            ByteSource bytes, R readout) {
        this.code = code;
        this.resource = resource;
        this.options = options;
        this.format = format;
        this.bytes = bytes;
        this.readout = readout;
        this.decoding = format.decoding(readout, new Access());
        this.frames = new FramedReader(bytes, decoding, readout.frameSize(), 1);
    }

    /**
     * Opens the byte source, reads the header and parses it.
     *
     * @param <R> the format's readout
     * @param code the source code, resolved
     * @param format its format
     * @param resource the run
     * @param options per-source options
     * @return the open run
     */
    static <R extends Readout> FramedRun<R> open(SourceCode.Raw code, RunFormat<R> format, String resource,
            SpoolOptions options) {
        ByteSource bytes = code.provider().open(resource, format.layout(), options);
        try {
            R readout = format.parse(new RawHeader(resource, bytes.name(), bytes.header()), options);
            return new FramedRun<>(code, resource, options, format, bytes, readout);
        } catch (RuntimeException e) {
            try {
                bytes.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public String source() {
        return code.code();
    }

    @Override
    public String resource() {
        return resource;
    }

    @Override
    public String name() {
        return bytes.name();
    }

    @Override
    public SpoolOptions options() {
        return options;
    }

    @Override
    public List<CcdPars> ccdPars() {
        return readout.ccdPars();
    }

    @Override
    public RunSummary summary() {
        return readout.summary();
    }

    @Override
    public int available() {
        return bytes.available(readout.frameSize());
    }

    @Override
    public RunReader<Mccd> frames() {
        return frames;
    }

    @Override
    public RunReader<Mccd> frames(int timingFrom) {
        if (timingFrom < 1) {
            throw new InvalidArgumentException(name() + ": a reading begins at frame 1 or later, got " + timingFrom);
        }
        return timingFrom == 1 ? frames : new FramedReader(bytes, decoding, readout.frameSize(), timingFrom);
    }

    @Override
    public int firstFrame(int first) {
        format.checkFirst(name(), first);
        return First.resolve(first, available());
    }

    @Override
    public Spooler<Mccd> spool(int first) {
        format.checkFirst(name(), first);
        int size = readout.frameSize();
        FramedReader reader = new FramedReader(bytes, decoding, size, Math.max(first, 0));
        boolean local = code.provider().local();
        int threads = decodeThreads(first, local);
        Spooler<Mccd> spool;
        if (threads > 1) {
            spool = new DecodeAheadSpooler<>(reader, first, threads, Math.max(1, AHEAD_BATCH_BYTES / size),
                    2 * threads);
        } else {
            spool = new RunSpooler<>(reader, first);
        }
        if (local && !options.follow()) {
            spool = new DiskEndSpooler(spool, bytes, size, format.diskEnding(readout), first);
        }
        return spool;
    }

    /**
     * Threads to decode a spool on: as the options say, else every core for
     * a local run read forwards (unless the format limits it to frames below
     * a size), else one. Spools from the end always read one frame at a time.
     */
    private int decodeThreads(int first, boolean local) {
        if (first < 1) {
            return 1;
        }
        if (options.decodeThreads() > 0) {
            return options.decodeThreads();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return local && readout.frameSize() < format.decodeAheadBelow() ? cores : 1;
    }

    @Override
    public Spooler<Ccd> spool(int first, String ccd) {
        return CcdSpool.of(this, first, ccd);
    }

    @Override
    public RawFrames raw() {
        int size = readout.frameSize();
        return new RawFrames() {
            @Override
            public String name() {
                return bytes.name();
            }

            @Override
            public byte[] header() {
                return bytes.header();
            }

            @Override
            public int frameSize() {
                return size;
            }

            @Override
            public int available() {
                return bytes.available(size);
            }

            @Override
            public Poll<byte[]> frame(int number) {
                return bytes.frame(number, size);
            }

            @Override
            public Poll<ByteBuffer> copyFrame(int number, ByteBuffer into) {
                return bytes.copyFrame(number, size, into);
            }

            @Override
            public Poll<byte[]> part(int number, int offset, int length) {
                return bytes.part(number, size, offset, length);
            }
        };
    }

    @Override
    public void close() {
        bytes.close();
    }

    /** The run's frames, for a format that decodes one frame from bytes of another. */
    private final class Access implements FrameAccess {
        @Override
        public String name() {
            return bytes.name();
        }

        @Override
        public Poll<byte[]> part(int number, int offset, int length) {
            if (number < 1) {
                throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
            }
            return bytes.part(number, readout.frameSize(), offset, length);
        }
    }
}
