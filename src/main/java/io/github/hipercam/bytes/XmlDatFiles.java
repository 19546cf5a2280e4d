package io.github.hipercam.bytes;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.source.ByteSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bytes of a run stored as an XML document and a file of frames (a local
 * ULTRACAM or ULTRASPEC run): {@code RUN.xml} is the header, {@code RUN.dat}
 * holds the frames, frame n at byte {@code (n - 1) * framesize}.
 *
 * <p>The complete frames are those the file's length holds whole; a partly
 * written last frame is never data. Nothing in these files marks a run as
 * finished, so a frame beyond the complete ones is {@link Poll.NotYet}: a
 * followed run waits for it, and a disk spool ends there as the format's
 * {@link io.github.hipercam.format.DiskEnding} says.
 *
 * <p>Reads are positional, so one instance may serve several threads.
 */
public final class XmlDatFiles implements ByteSource {

    /** Largest XML file accepted: real ones are a few kilobytes. */
    public static final int MAX_XML_BYTES = 16 * 1024 * 1024;

    private final String run;
    private final Path dat;
    private final byte[] xml;
    private final SharedFile channel;

    private XmlDatFiles(String run, Path dat, byte[] xml, SharedFile channel) {
        this.run = run;
        this.dat = dat;
        this.xml = xml;
        this.channel = channel;
    }

    /**
     * Opens a run: reads its XML and opens its data file.
     *
     * @param run the run without extension, e.g. "run012" or "data/run012"
     * @return the open run
     * @throws SourceAccessException naming the file if either is missing or unreadable
     */
    public static XmlDatFiles open(String run) {
        return open(run, null);
    }

    /**
     * Opens a run, confined to a directory.
     *
     * @param run the run without extension, as asked for
     * @param root the directory reads are confined to, or null (see {@link LocalPaths}); the
     *     {@code .dat} is the one beside the name asked for, wherever a link to the XML leads
     * @return the open run
     */
    static XmlDatFiles open(String run, Path root) {
        byte[] xml = readXml(run + ".xml", root);
        Path dat = Path.of(run + ".dat");
        try {
            Path real = LocalPaths.toOpen(run + ".dat", root);
            return new XmlDatFiles(run, dat, xml, SharedFile.open(real, LocalPaths.options(root)));
        } catch (SourceAccessException e) {
            if (e.getCause() instanceof NoSuchFileException x) {
                throw new SourceAccessException(dat + ": the run's data file does not exist", x);
            }
            throw e;
        } catch (NoSuchFileException e) {
            throw new SourceAccessException(dat + ": the run's data file does not exist", e);
        } catch (IOException e) {
            throw new SourceAccessException(dat + ": cannot open the run's data file: " + SharedFile.reason(e), e);
        }
    }

    /**
     * @param name the run's XML file as asked for
     * @param root the directory reads are confined to, or null
     * @return its bytes, at most {@value #MAX_XML_BYTES}
     */
    static byte[] readXml(String name, Path root) {
        try {
            Path real = LocalPaths.toOpen(name, root);
            try (FileChannel ch = FileChannel.open(real, LocalPaths.options(root))) {
                long size = ch.size();
                if (size > MAX_XML_BYTES) {
                    throw new SourceAccessException(name + ": " + size + " bytes is too large for a run's"
                            + " XML file (at most " + MAX_XML_BYTES + ")");
                }
                ByteBuffer buf = ByteBuffer.allocate((int) size);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read to the end
                }
                return buf.array();
            }
        } catch (SourceAccessException e) {
            if (e.getCause() instanceof NoSuchFileException x) {
                throw new SourceAccessException(name + ": the run's XML file does not exist", x);
            }
            throw e;
        } catch (NoSuchFileException e) {
            throw new SourceAccessException(name + ": the run's XML file does not exist", e);
        } catch (IOException e) {
            throw new SourceAccessException(name + ": cannot read the run's XML file: " + SharedFile.reason(e), e);
        }
    }

    @Override
    public String name() {
        return run;
    }

    @Override
    public byte[] header() {
        return xml.clone();
    }

    @Override
    public int available(int frameSize) {
        checkSize(frameSize);
        return (int) Math.min(Integer.MAX_VALUE, size() / frameSize);
    }

    @Override
    public Poll<byte[]> frame(int number, int frameSize) {
        return part(number, frameSize, 0, frameSize);
    }

    /** Reads in place, asking for the buffer only once the file holds the whole frame. */
    @Override
    public Poll<byte[]> frameInto(int number, int frameSize, Supplier<byte[]> buffer) {
        checkSize(frameSize);
        if (number < 1) {
            throw new InvalidArgumentException(run + ": frame numbers start at 1, got " + number);
        }
        long size = size();
        long start = (number - 1L) * frameSize;
        if (start + frameSize > size) {
            return Poll.notYet();
        }
        byte[] into = buffer.get();
        if (into.length < frameSize) {
            throw new InvalidArgumentException(run + ": a buffer of " + into.length + " bytes cannot hold a frame of "
                    + frameSize);
        }
        readFully(ByteBuffer.wrap(into, 0, frameSize), start, number);
        return Poll.ready(into, number);
    }

    @Override
    public Poll<byte[]> part(int number, int frameSize, int offset, int length) {
        checkSize(frameSize);
        if (number < 1) {
            throw new InvalidArgumentException(run + ": frame numbers start at 1, got " + number);
        }
        if (offset < 0 || length < 0 || offset + (long) length > frameSize) {
            throw new InvalidArgumentException(run + ": bytes " + offset + " to " + (offset + (long) length)
                    + " do not lie within a frame of " + frameSize);
        }
        long size = size();
        long start = (number - 1L) * frameSize;
        if (start + frameSize > size) {
            return Poll.notYet();
        }
        return Poll.ready(read(start + offset, length, number), number);
    }

    @Override
    public long partialBytes(int frameSize) {
        checkSize(frameSize);
        return size() % frameSize;
    }

    private byte[] read(long position, int length, int number) {
        byte[] out = new byte[length];
        readFully(ByteBuffer.wrap(out), position, number);
        return out;
    }

    /** Reads in place into the buffer, once the file holds the whole frame. */
    @Override
    public Poll<ByteBuffer> copyFrame(int number, int frameSize, ByteBuffer into) {
        checkSize(frameSize);
        if (number < 1) {
            throw new InvalidArgumentException(run + ": frame numbers start at 1, got " + number);
        }
        long start = (number - 1L) * frameSize;
        if (start + frameSize > size()) {
            return Poll.notYet();
        }
        if (into.remaining() < frameSize) {
            throw new InvalidArgumentException(run + ": " + into.remaining()
                    + " bytes left in the buffer cannot hold a frame of " + frameSize);
        }
        int limit = into.limit();
        into.limit(into.position() + frameSize);
        readFully(into.slice(), start, number);
        into.position(into.limit()).limit(limit);
        return Poll.ready(into, number);
    }

    /** The frame where it lies in the file's memory map, once the file holds it whole. */
    @Override
    public Optional<ByteBuffer> frameInPlace(int number, int frameSize) {
        checkSize(frameSize);
        if (number < 1) {
            throw new InvalidArgumentException(run + ": frame numbers start at 1, got " + number);
        }
        return channel.view((number - 1L) * frameSize, frameSize, dat + ", frame " + number);
    }

    private void readFully(ByteBuffer buf, long position, int number) {
        channel.readFully(buf, position, dat + ", frame " + number);
    }

    private long size() {
        return channel.currentSize();
    }

    private void checkSize(int frameSize) {
        if (frameSize < 1) {
            throw new InvalidArgumentException(run + ": frame size must be positive, got " + frameSize);
        }
    }

    @Override
    public void close() {
        channel.release();
    }
}
