package io.github.hipercam.ucam;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunBytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of a local ULTRACAM or ULTRASPEC run: {@code RUN.xml} is the
 * header, {@code RUN.dat} holds the frames, frame n at byte
 * {@code (n - 1) * framesize}.
 *
 * <p><b>Growing and finished runs.</b> The complete frames are those the
 * file's length holds whole; a partly written last frame is never data. For
 * a frame beyond them the answer is:
 * <ul>
 *   <li>{@link Poll.NotYet} if the file ends in a partly written frame, or if
 *       it has grown since this object last looked at its length: the run is
 *       being written;</li>
 *   <li>{@link Poll.End} otherwise: the file holds whole frames only and has
 *       not grown, so the run is taken as finished, as the reference ends its
 *       iteration at the end of the file.</li>
 * </ul>
 * A run written frame by frame is therefore followed as long as frames
 * arrive between polls; to wait longer, read with {@code first = 0} (the
 * last frame, which never ends) or poll through a
 * {@link io.github.hipercam.spool.HangAbout}.
 *
 * <p>Reads are positional, so one instance may serve several threads.
 */
public final class UcamFileBytes implements RunBytes {

    /** Largest XML file accepted: real ones are a few kilobytes. */
    public static final int MAX_XML_BYTES = 16 * 1024 * 1024;

    private final String run;
    private final Path dat;
    private final byte[] xml;
    private final FileChannel channel;
    private long lastLength;

    private UcamFileBytes(String run, Path dat, byte[] xml, FileChannel channel) {
        this.run = run;
        this.dat = dat;
        this.xml = xml;
        this.channel = channel;
        this.lastLength = size();
    }

    /**
     * Opens a run: reads its XML and opens its data file.
     *
     * @param run the run without extension, e.g. "run012" or "data/run012"
     * @return the open run
     * @throws SourceAccessException naming the file if either is missing or unreadable
     */
    public static UcamFileBytes open(String run) {
        Path xmlPath = Path.of(run + ".xml");
        Path dat = Path.of(run + ".dat");
        byte[] xml = readXml(xmlPath);
        try {
            return new UcamFileBytes(run, dat, xml, FileChannel.open(dat, StandardOpenOption.READ));
        } catch (NoSuchFileException e) {
            throw new SourceAccessException(dat + ": the run's data file does not exist", e);
        } catch (IOException e) {
            throw new SourceAccessException(dat + ": cannot open the run's data file: " + e.getMessage(), e);
        }
    }

    /**
     * @param xmlPath the run's XML file
     * @return its bytes
     */
    static byte[] readXml(Path xmlPath) {
        try {
            long size = Files.size(xmlPath);
            if (size > MAX_XML_BYTES) {
                throw new SourceAccessException(xmlPath + ": " + size + " bytes is too large for a run's"
                        + " XML file (at most " + MAX_XML_BYTES + ")");
            }
            return Files.readAllBytes(xmlPath);
        } catch (NoSuchFileException e) {
            throw new SourceAccessException(xmlPath + ": the run's XML file does not exist", e);
        } catch (IOException e) {
            throw new SourceAccessException(xmlPath + ": cannot read the run's XML file: " + e.getMessage(), e);
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

    /**
     * As {@link #frame}, reading into a buffer the caller reuses (large
     * frames, to spare the allocation of one array per frame).
     *
     * @param number frame number, 1-based
     * @param frameSize bytes in one frame
     * @param buffer at least frameSize bytes; filled from its start
     * @return the buffer, or NotYet / End as for {@link #frame}
     */
    public Poll<byte[]> frameInto(int number, int frameSize, byte[] buffer) {
        checkSize(frameSize);
        if (number < 1 || buffer.length < frameSize) {
            throw new InvalidArgumentException(run + ": frame " + number + " into a buffer of " + buffer.length
                    + " bytes; frames start at 1 and need " + frameSize + " bytes");
        }
        long size = size();
        long start = (number - 1L) * frameSize;
        if (start + frameSize > size) {
            return beyondEnd(size, frameSize);
        }
        readFully(ByteBuffer.wrap(buffer, 0, frameSize), start, number);
        return Poll.ready(buffer, number);
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
            return beyondEnd(size, frameSize);
        }
        return Poll.ready(read(start + offset, length, number), number);
    }

    private synchronized Poll<byte[]> beyondEnd(long size, int frameSize) {
        boolean grown = size > lastLength;
        lastLength = size;
        return grown || size % frameSize != 0 ? Poll.notYet() : Poll.end();
    }

    private byte[] read(long position, int length, int number) {
        byte[] out = new byte[length];
        readFully(ByteBuffer.wrap(out), position, number);
        return out;
    }

    private void readFully(ByteBuffer buf, long position, int number) {
        int length = buf.remaining();
        try {
            while (buf.hasRemaining()) {
                int n = channel.read(buf, position + buf.position());
                if (n < 0) {
                    throw new TruncatedDataException(dat + ", frame " + number + ": the file ended after "
                            + buf.position() + " of " + length + " bytes");
                }
            }
        } catch (IOException e) {
            throw new SourceAccessException(dat + ", frame " + number + ": read failed: " + e.getMessage(), e);
        }
    }

    private long size() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new SourceAccessException(dat + ": cannot get the file's size: " + e.getMessage(), e);
        }
    }

    private void checkSize(int frameSize) {
        if (frameSize < 1) {
            throw new InvalidArgumentException(run + ": frame size must be positive, got " + frameSize);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new SourceAccessException(dat + ": close failed: " + e.getMessage(), e);
        }
    }
}
