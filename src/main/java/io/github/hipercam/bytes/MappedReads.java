package io.github.hipercam.bytes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of a file through memory maps of it, a chunk of {@link #CHUNK} bytes
 * at a time, each map reaching {@link #OVERLAP} bytes into the next chunk so
 * that a frame lies whole in one map and can be decoded where it lies
 * ({@link #view}): the bytes go from the page cache to the caller's buffer in one
 * copy, where a channel read into a heap buffer copies them twice (kernel to
 * a direct buffer, then to the heap). A file that grows is mapped again over
 * its new length when a read reaches past the old one. The latest few chunks
 * are kept; older maps are let go and unmapped when collected.
 *
 * <p>Not used on Windows, where a mapped file cannot be deleted or cut short
 * until the map is collected, nor when the system property
 * {@code hipercam.mmap} is {@code false}.
 */
final class MappedReads {

    /** Bytes from the start of one chunk to the start of the next. */
    static final long CHUNK = 64L << 20;
    /** Bytes each map reaches past its chunk, so that a frame of up to this size lies whole in one map. */
    static final long OVERLAP = 32L << 20;
    private static final int KEPT = 8;

    /** Opens a map of the file, through whatever keeps its channel open. */
    @FunctionalInterface
    interface Mapper {
        MappedByteBuffer map(long position, long size) throws IOException;
    }

    private final Mapper mapper;
    private final long chunkSize;
    private final long overlap;
    private final Map<Long, MappedByteBuffer> chunks = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, MappedByteBuffer> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * @param mapper maps a part of the file
     * @param chunkSize bytes of one chunk ({@link #CHUNK}; smaller in tests)
     * @param overlap bytes each map reaches into the next chunk ({@link #OVERLAP})
     */
    MappedReads(Mapper mapper, long chunkSize, long overlap) {
        this.mapper = mapper;
        this.chunkSize = chunkSize;
        this.overlap = overlap;
    }

    /** @return whether files should be read through maps on this system */
    static boolean wanted() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return !os.startsWith("windows") && !"false".equalsIgnoreCase(System.getProperty("hipercam.mmap"));
    }

    /**
     * Fills {@code dst} from its position to its limit with the file's bytes from {@code position}.
     *
     * @param dst where the bytes go
     * @param position file position of the first byte
     * @param fileSize the file's size now, which the bytes must lie within
     * @throws IOException if a map cannot be made
     */
    void read(ByteBuffer dst, long position, long fileSize) throws IOException {
        long pos = position;
        while (dst.hasRemaining()) {
            long chunk = pos / chunkSize;
            int offset = (int) (pos - chunk * chunkSize);
            MappedByteBuffer map = chunk(chunk, offset + Math.min(dst.remaining(), chunkSize + overlap - offset),
                    fileSize);
            int n = (int) Math.min(dst.remaining(), map.capacity() - offset);
            if (dst.hasArray()) {
                map.get(offset, dst.array(), dst.arrayOffset() + dst.position(), n);
                dst.position(dst.position() + n);
            } else {
                dst.put(map.slice(offset, n));
            }
            pos += n;
        }
    }

    /**
     * The bytes from {@code position} as they lie in a map, without a copy.
     *
     * @param position file position of the first byte
     * @param length bytes
     * @param fileSize the file's size now, which the bytes must lie within
     * @return a read-only buffer of exactly those bytes, position 0, or empty if they do not lie whole in one map
     * @throws IOException if a map cannot be made
     */
    Optional<ByteBuffer> view(long position, int length, long fileSize) throws IOException {
        long chunk = position / chunkSize;
        int offset = (int) (position - chunk * chunkSize);
        if (offset + (long) length > chunkSize + overlap) {
            return Optional.empty();
        }
        return Optional.of(chunk(chunk, offset + length, fileSize).slice(offset, length));
    }

    /** The map of a chunk, at least {@code needed} bytes long, mapped again if the file has grown. */
    private MappedByteBuffer chunk(long chunk, long needed, long fileSize) throws IOException {
        synchronized (chunks) {
            MappedByteBuffer map = chunks.get(chunk);
            if (map != null && map.capacity() >= needed) {
                return map;
            }
        }
        long start = chunk * chunkSize;
        MappedByteBuffer map = mapper.map(start, Math.min(chunkSize + overlap, fileSize - start));
        synchronized (chunks) {
            chunks.put(chunk, map);
        }
        return map;
    }
}
