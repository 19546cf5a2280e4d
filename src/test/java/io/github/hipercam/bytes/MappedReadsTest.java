package io.github.hipercam.bytes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.TruncatedDataException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads through memory maps give the file's bytes across chunks, after growth, and a clear error once cut short. */
class MappedReadsTest {

    @TempDir
    Path tmp;

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void readsSpanningChunksAndGrowthGiveTheFileBytes() throws Exception {
        Path f = tmp.resolve("run.dat");
        byte[] first = random(10_000, 1);
        Files.write(f, first);
        AtomicInteger maps = new AtomicInteger();
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            MappedReads reads = new MappedReads((at, size) -> {
                maps.incrementAndGet();
                return ch.map(FileChannel.MapMode.READ_ONLY, at, size);
            }, 4096, 0);
            for (int[] span : new int[][] {{0, 10_000}, {4000, 200}, {4095, 1}, {1, 9999}, {8191, 1809}}) {
                ByteBuffer dst = ByteBuffer.allocate(span[1]);
                reads.read(dst, span[0], ch.size());
                assertEquals(span[1], dst.position(), "filled " + Arrays.toString(span));
                assertArrayEquals(Arrays.copyOfRange(first, span[0], span[0] + span[1]), dst.array(),
                        "bytes " + Arrays.toString(span));
            }
            int before = maps.get();
            byte[] more = random(5_000, 2);
            Files.write(f, more, StandardOpenOption.APPEND);
            ByteBuffer dst = ByteBuffer.allocate(3_000);
            reads.read(dst, 9_000, ch.size());
            byte[] expect = new byte[3_000];
            System.arraycopy(first, 9_000, expect, 0, 1_000);
            System.arraycopy(more, 0, expect, 1_000, 2_000);
            assertArrayEquals(expect, dst.array(), "bytes across the old end of the file");
            assertTrue(maps.get() > before, "the last chunk was mapped again over the grown file");
        }
    }

    @Test
    void viewsAreTheFileBytesWhenTheyLieInOneMap() throws Exception {
        Path f = tmp.resolve("view.dat");
        byte[] all = random(20_000, 5);
        Files.write(f, all);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            MappedReads reads = new MappedReads((at, size) -> ch.map(FileChannel.MapMode.READ_ONLY, at, size),
                    4096, 1024);
            for (int[] span : new int[][] {{0, 5120}, {4000, 1000}, {8192, 4096}, {19_000, 1000}}) {
                ByteBuffer view = reads.view(span[0], span[1], ch.size()).orElseThrow();
                assertEquals(span[1], view.remaining(), "view " + Arrays.toString(span));
                byte[] got = new byte[span[1]];
                view.get(0, got);
                assertArrayEquals(Arrays.copyOfRange(all, span[0], span[0] + span[1]), got,
                        "view " + Arrays.toString(span));
            }
            assertTrue(reads.view(4000, 1200, ch.size()).isEmpty(), "reaches past the map of its chunk");
            assertTrue(reads.view(0, 5121, ch.size()).isEmpty(), "longer than a map");
        }
    }

    @Test
    void aFileCutShortUnderItsMapIsATruncationNamingTheFrame() throws Exception {
        Path f = tmp.resolve("cut.dat");
        Files.write(f, random(1 << 20, 3));
        try (SharedFile file = SharedFile.open(f)) {
            ByteBuffer dst = ByteBuffer.allocate(4096);
            file.readFully(dst, (1 << 20) - 4096, "cut.dat, frame 256");
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(4096);
            }
            ByteBuffer again = ByteBuffer.allocate(4096);
            TruncatedDataException e = assertThrows(TruncatedDataException.class,
                    () -> file.readFully(again, (1 << 20) - 4096, "cut.dat, frame 256"));
            assertTrue(e.getMessage().startsWith("cut.dat, frame 256: "), e.getMessage());
        }
    }

    @Test
    void sharedFileReadsTheSameBytesMappedOrNot() throws Exception {
        Path f = tmp.resolve("same.dat");
        byte[] all = random(300_000, 4);
        Files.write(f, all);
        try (SharedFile file = SharedFile.open(f)) {
            ByteBuffer dst = ByteBuffer.allocate(200_000);
            dst.position(7);
            file.readFully(dst, 12_345, "same.dat");
            assertArrayEquals(Arrays.copyOfRange(all, 12_345, 12_345 + 199_993),
                    Arrays.copyOfRange(dst.array(), 7, 200_000));
        }
    }
}
