package io.github.hipercam.bytes;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A file read by position from several threads, which an interrupt of one of
 * them does not close for the others.
 *
 * <p>A {@link FileChannel} is an interruptible channel: if a thread is
 * interrupted while it reads (or when it starts to), the JDK closes the
 * channel for every thread and for good; that thread gets a
 * {@link ClosedByInterruptException} and every later read a
 * {@link ClosedChannelException}, both with a null message ("read failed:
 * null"). The threads that read a run are not all ours (ImageJ's, a macro's,
 * a pool's), so when an interrupt has closed the channel this opens the file
 * again: the interrupted thread still gets its exception, the other threads
 * read on. Only {@link #close()} closes it for good.
 *
 * <pre>{@code
 * try (SharedFile f = SharedFile.open(Path.of("run0012.fits"))) {
 *     f.read(ByteBuffer.allocate(2880), 0);
 * }
 * }</pre>
 */
public final class SharedFile implements AutoCloseable {

    /** Reopens in a row before giving up, should interrupts keep closing the channel. */
    private static final int MAX_REOPENS = 8;

    /** One call on the channel. */
    @FunctionalInterface
    private interface Call<T> {
        T on(FileChannel ch) throws IOException;
    }

    private final Path path;
    private final OpenOption[] options;
    private volatile FileChannel channel;
    private volatile boolean closed;
    /** Reads through memory maps, or null where they are not used. */
    private final MappedReads maps = MappedReads.wanted() ? new MappedReads(this::map, MappedReads.CHUNK,
            MappedReads.OVERLAP) : null;

    private SharedFile(Path path, FileChannel channel, OpenOption... options) {
        this.path = path;
        this.channel = channel;
        this.options = options.length == 0 ? new OpenOption[] {StandardOpenOption.READ} : options.clone();
    }

    /**
     * @param path a file
     * @return it, open for reading
     * @throws IOException as {@link FileChannel#open}
     */
    public static SharedFile open(Path path) throws IOException {
        return new SharedFile(path, FileChannel.open(path, StandardOpenOption.READ));
    }

    /**
     * @param path a file
     * @param options how to open it, now and when it is opened again
     * @return it, open for reading
     * @throws IOException as {@link FileChannel#open}
     */
    public static SharedFile open(Path path, OpenOption... options) throws IOException {
        return new SharedFile(path, FileChannel.open(path, options), options);
    }

    /**
     * @param path a file
     * @param open a channel open for reading it, now owned by the result
     * @return the file
     */
    public static SharedFile adopt(Path path, FileChannel open, OpenOption... options) {
        return new SharedFile(path, open, options);
    }

    /**
     * As {@link FileChannel#read(ByteBuffer, long)}.
     *
     * @param dst where the bytes go
     * @param position file position of the first byte
     * @return bytes read, or -1 at the end of the file
     * @throws IOException as the channel's read; ClosedByInterruptException if this thread was interrupted
     */
    public int read(ByteBuffer dst, long position) throws IOException {
        return call(ch -> ch.read(dst, position));
    }

    /**
     * @return the file's size now
     * @throws IOException as {@link FileChannel#size()}
     */
    public long size() throws IOException {
        return call(FileChannel::size);
    }

    /**
     * Fills the buffer, from its position to its limit, with the file's bytes from {@code position}.
     *
     * @param buf where the bytes go
     * @param position file position of the buffer's first byte
     * @param what the file and frame, for messages
     * @throws TruncatedDataException if the file ends first
     * @throws SourceAccessException if a read fails
     */
    public void readFully(ByteBuffer buf, long position, String what) {
        int start = buf.position();
        int length = buf.remaining();
        try {
            if (maps != null && position + length <= size()) {
                readMapped(buf, position, what);
                return;
            }
            while (buf.hasRemaining()) {
                if (read(buf, position + buf.position() - start) < 0) {
                    throw new TruncatedDataException(what + ": the file ended after " + (buf.position() - start)
                            + " of " + length + " bytes");
                }
            }
        } catch (IOException e) {
            throw new SourceAccessException(what + ": read failed: " + reason(e), e);
        }
    }

    /**
     * The file's bytes from {@code position} where they lie in a memory map,
     * without a copy, when they lie whole within the file now and in one map.
     * A fault reading them later (the file cut short under the map) is the
     * JVM's {@link InternalError}, which the reader must turn into a
     * truncation.
     *
     * @param position file position of the first byte
     * @param length bytes
     * @param what the file and frame, for messages
     * @return a read-only buffer of exactly those bytes, or empty (no maps here, past the end, across two maps)
     * @throws SourceAccessException if the size cannot be had or a map cannot be made
     */
    public Optional<ByteBuffer> view(long position, int length, String what) {
        try {
            if (maps == null || position + length > size()) {
                return Optional.empty();
            }
            return maps.view(position, length, size());
        } catch (IOException e) {
            throw new SourceAccessException(what + ": read failed: " + reason(e), e);
        }
    }

    /** Reads bytes that lie within the file through its maps; a file cut short meanwhile is a truncation. */
    private void readMapped(ByteBuffer buf, long position, String what) throws IOException {
        try {
            maps.read(buf, position, size());
        } catch (InternalError e) {
            // the JVM's answer to a fault in a mapped read (SIGBUS): the file was cut short under the map
            throw new TruncatedDataException(what + ": the file was cut short while it was read", e);
        }
    }

    /**
     * @return the file's size now
     * @throws SourceAccessException naming the file, if it cannot be had
     */
    public long currentSize() {
        try {
            return size();
        } catch (IOException e) {
            throw new SourceAccessException(path + ": cannot get the file's size: " + reason(e), e);
        }
    }

    /**
     * Closes the file, as {@link #close()}.
     *
     * @throws SourceAccessException naming the file, if closing fails
     */
    public void release() {
        try {
            close();
        } catch (IOException e) {
            throw new SourceAccessException(path + ": close failed: " + e.getMessage(), e);
        }
    }

    private java.nio.MappedByteBuffer map(long position, long size) throws IOException {
        return call(ch -> ch.map(FileChannel.MapMode.READ_ONLY, position, size));
    }

    private <T> T call(Call<T> call) throws IOException {
        for (int reopened = 0; ; reopened++) {
            FileChannel ch = channel;
            try {
                return call.on(ch);
            } catch (ClosedByInterruptException e) {
                reopen(ch);
                throw e;
            } catch (ClosedChannelException e) {
                // closed by another thread's interrupt, before or during this call
                if (closed || reopened == MAX_REOPENS) {
                    throw e;
                }
                reopen(ch);
            }
        }
    }

    private synchronized void reopen(FileChannel broken) throws IOException {
        if (!closed && channel == broken) {
            channel = FileChannel.open(path, options);
        }
    }

    /**
     * @param e a fault of a read
     * @return what to say of it: its message, or what it means when it has none
     */
    public static String reason(IOException e) {
        if (e instanceof ClosedByInterruptException) {
            return "the reading thread was interrupted";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        channel.close();
    }
}
