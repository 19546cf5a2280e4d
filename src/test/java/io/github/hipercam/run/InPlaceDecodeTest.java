package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.format.BufferDecoding;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.UcamMode;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames decoded where they lie in a memory map of the file are the frames
 * read into an array, and a file cut short under the map is a truncation
 * that names the run and frame.
 */
class InPlaceDecodeTest {

    @TempDir
    Path tmp;

    private Mccd[] readAll(String run, boolean mapped) {
        String before = System.getProperty("hipercam.mmap");
        System.setProperty("hipercam.mmap", Boolean.toString(mapped));
        try (OpenedRun opened = Runs.open("ul", tmp.resolve(run).toString(), SpoolOptions.defaults())) {
            int n = opened.frames().available();
            Mccd[] out = new Mccd[n];
            for (int k = 1; k <= n; k++) {
                out[k - 1] = ((Poll.Ready<Mccd>) opened.frames().read(k)).frame();
            }
            return out;
        } finally {
            if (before == null) {
                System.clearProperty("hipercam.mmap");
            } else {
                System.setProperty("hipercam.mmap", before);
            }
        }
    }

    @Test
    void mappedAndCopiedFramesAreTheSame() throws Exception {
        Map<String, UcamRunSpec> runs = Map.of("run101", UcamRunSpec.ultracam(UcamMode.FFCLR).withFrames(3),
                "run102", UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withFrames(4),
                "run103", UcamRunSpec.ultraspec(UcamMode.USPEC_1, "A").withFrames(3));
        for (Map.Entry<String, UcamRunSpec> e : runs.entrySet()) {
            UcamRunWriter.write(tmp, e.getKey(), e.getValue(), true);
            Mccd[] mapped = readAll(e.getKey(), true);
            Mccd[] copied = readAll(e.getKey(), false);
            assertEquals(e.getValue().nframes(), mapped.length, e.getKey());
            assertEquals(copied.length, mapped.length, e.getKey());
            for (int f = 0; f < mapped.length; f++) {
                String what = e.getKey() + ", frame " + (f + 1);
                assertEquals(copied[f].head(), mapped[f].head(), what + ": header");
                for (Map.Entry<String, Ccd> c : copied[f].ccds().entrySet()) {
                    for (Map.Entry<String, Window> w : c.getValue().windows().entrySet()) {
                        Window m = mapped[f].ccd(c.getKey()).window(w.getKey());
                        assertTrue(w.getValue().samePixels(m), what + ", CCD " + c.getKey() + " window " + w.getKey());
                        assertEquals(w.getValue().header(), m.header(), what + ": window header");
                    }
                }
            }
        }
    }

    @Test
    void aFileCutShortUnderTheMapIsATruncationOfThatFrame() throws Exception {
        Path dat = tmp.resolve("cut.dat");
        int frameSize = 1 << 16;
        Files.write(dat, new byte[4 * frameSize]);
        ByteSource cutting = new CuttingSource(dat, frameSize);
        BufferDecoding summing = new BufferDecoding() {
            @Override
            public Mccd decode(ByteBuffer frame, int number, int timingFrom) {
                long s = 0;
                for (int i = 0; i < frame.limit(); i += 4096) {
                    s += frame.get(i);
                }
                throw new AssertionError("read " + s + " from a file that was cut short");
            }

            @Override
            public Mccd decode(byte[] frame, int number, int timingFrom) {
                throw new AssertionError("the frame should have been decoded in place");
            }
        };
        try (FramedReader reader = new FramedReader(cutting, summing, frameSize, 1)) {
            TruncatedDataException e = assertThrows(TruncatedDataException.class, () -> reader.read(3));
            assertEquals("cut.dat, frame 3: the file was cut short while the frame was read", e.getMessage());
        }
    }

    /** Gives frames in place from a map of its file, and cuts the file short just after mapping it. */
    private static final class CuttingSource implements ByteSource {
        private final Path dat;
        private final int frameSize;

        CuttingSource(Path dat, int frameSize) {
            this.dat = dat;
            this.frameSize = frameSize;
        }

        @Override
        public String name() {
            return dat.getFileName().toString();
        }

        @Override
        public byte[] header() {
            return new byte[0];
        }

        @Override
        public int available(int size) {
            return 4;
        }

        @Override
        public Poll<byte[]> frame(int number, int size) {
            throw new AssertionError("not read by copy");
        }

        @Override
        public Optional<ByteBuffer> frameInPlace(int number, int size) {
            try (FileChannel ch = FileChannel.open(dat, StandardOpenOption.READ);
                    RandomAccessFile raf = new RandomAccessFile(dat.toFile(), "rw")) {
                ByteBuffer view = ch.map(FileChannel.MapMode.READ_ONLY, (number - 1L) * size, size);
                raf.setLength(0);
                return Optional.of(view);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void close() {
        }
    }
}
