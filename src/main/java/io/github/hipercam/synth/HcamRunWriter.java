package io.github.hipercam.synth;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.fits.HeaderWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/**
 * Writes raw HiPERCAM runs as the camera does: one FITS HDU whose 16-bit
 * cube (BZERO 32768) holds, per frame, the interleaved pixels of all
 * windows of all 5 CCDs followed by 36 real timing bytes.
 *
 * <p>Pixel values are a pure function of CCD, quadrant, window set, region
 * (image, prescan, overscan), position in the readout and frame, see
 * {@link #pixel}, so a pixel decoded into the wrong place changes sums and
 * hashes. Positions are in readout order: x counts columns from the
 * quadrant's output (prescan first), y counts rows from the output
 * (overscan last).
 */
public final class HcamRunWriter {

    private static final int NPSCAN = 50;
    private static final int NOSCAN = 8;

    private HcamRunWriter() {
    }

    /**
     * @param file target file
     * @param spec the run
     * @param overwrite replace an existing file
     * @return the file
     */
    public static Path write(Path file, HcamRunSpec spec, boolean overwrite) {
        try (Growing g = start(file, spec, spec.frames(), overwrite)) {
            g.appendFrames(spec.frames());
            g.finish();
        }
        return file;
    }

    /**
     * Starts a run to be written bit by bit, as a camera writes it.
     *
     * @param file target file
     * @param spec the run (its frame count is the most that can be appended)
     * @param declared NAXIS3 written in the header for now
     * @param overwrite replace an existing file
     * @return the growing run
     */
    public static Growing start(Path file, HcamRunSpec spec, int declared, boolean overwrite) {
        if (!overwrite && Files.exists(file)) {
            throw new FileExistsException(file);
        }
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Growing g = new Growing(file, ch, spec);
            g.declare(declared);
            return g;
        } catch (IOException e) {
            throw new SourceAccessException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * The value written for one pixel.
     *
     * @param ccd CCD, 0..4
     * @param quad quadrant in stream order (E, F, G, H = 0..3)
     * @param set window set, 0 or 1
     * @param region 0 image, 1 prescan, 2 overscan
     * @param x column counted from the output, binned
     * @param y row counted from the output, binned
     * @param frame frame position, 1-based
     * @return a value from 0 to 59999
     */
    public static int pixel(int ccd, int quad, int set, int region, int x, int y, int frame) {
        return 20000 * region + 1000 * (4 * ccd + quad) + 500 * set + Math.floorMod(31 * x + 17 * y + 7 * frame, 500);
    }

    /** @param spec a run @return binned {nx, ny} of each window set, scans included */
    static int[][] setSizes(HcamRunSpec spec) {
        int np = spec.prescan() ? NPSCAN / spec.xbin() : 0;
        int no = spec.overscan() ? NOSCAN / spec.ybin() : 0;
        if (spec.mode().startsWith("FullFrame")) {
            return new int[][] {{(1024 + (spec.prescan() ? NPSCAN : 0)) / spec.xbin(),
                (512 + (spec.overscan() ? NOSCAN : 0)) / spec.ybin()}};
        }
        if (spec.mode().startsWith("Drift") && (spec.prescan() || spec.overscan())) {
            throw new InvalidArgumentException("drift mode runs have no prescan or overscan");
        }
        int[][] out = new int[spec.sets()][];
        for (int s = 0; s < out.length; s++) {
            HcamRunSpec.Win w = spec.windows().get(s);
            out[s] = new int[] {w.nx() / spec.xbin() + np, w.ny() / spec.ybin() + no};
        }
        return out;
    }

    /** @param spec a run @return bytes per frame */
    public static int frameSize(HcamRunSpec spec) {
        return 2 * pixelWords(spec) + 36;
    }

    private static int pixelWords(HcamRunSpec spec) {
        long words = 0;
        boolean four = spec.nsamp() == 0 || spec.nsamp() == 4;
        for (int[] s : setSizes(spec)) {
            words += 20L * s[0] * s[1];
            if (!four && (long) s[0] * s[1] % 4 != 0) {
                throw new InvalidArgumentException("NSAMP " + spec.nsamp() + " needs windows whose pixel count is"
                        + " a multiple of 4, got " + s[0] + "x" + s[1]);
            }
        }
        if (words > Integer.MAX_VALUE / 4) {
            throw new InvalidArgumentException("frames of " + words + " pixels are too large");
        }
        return (int) words;
    }

    /**
     * @param spec a run
     * @param naxis3 frames declared
     * @return the primary header, padded to whole blocks
     */
    public static byte[] header(HcamRunSpec spec, int naxis3) {
        return HeaderWriter.bytes(HcamRunHeader.cards(spec, pixelWords(spec) + 18, naxis3));
    }

    /**
     * @param spec a run
     * @param position frame position, 1-based
     * @return the frame's bytes: pixels then timing data
     */
    public static byte[] frame(HcamRunSpec spec, int position) {
        byte[] out = new byte[frameSize(spec)];
        int word = 0;
        int[][] sizes = setSizes(spec);
        for (int s = 0; s < sizes.length; s++) {
            writeSet(spec, s, sizes[s][0], sizes[s][1], position, out, word);
            word += 20 * sizes[s][0] * sizes[s][1];
        }
        timing(spec, position, out, 2 * word);
        return out;
    }

    private static void writeSet(HcamRunSpec spec, int set, int nx, int ny, int frame, byte[] out, int base) {
        int np = spec.prescan() ? NPSCAN / spec.xbin() : 0;
        int no = spec.overscan() ? NOSCAN / spec.ybin() : 0;
        boolean four = spec.nsamp() == 0 || spec.nsamp() == 4;
        for (int w = 0; w < 20; w++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int region = x < np ? 1 : y >= ny - no ? 2 : 0;
                    int p = y * nx + x;
                    int at = four ? 20 * p + w : 80 * (p >> 2) + 16 * (w >> 2) + 4 * (p & 3) + (w & 3);
                    put(out, 2 * (base + at), pixel(w >> 2, w & 3, set, region, x, y, frame));
                }
            }
        }
    }

    /** Stores a 16-bit value as the FITS cube does: minus 32768, big-endian. */
    private static void put(byte[] out, int at, int value) {
        int stored = (value ^ 0x8000) & 0xffff;
        out[at] = (byte) (stored >> 8);
        out[at + 1] = (byte) stored;
    }

    private static void timing(HcamRunSpec spec, int position, byte[] out, int at) {
        LocalDateTime t = spec.start().plusNanos(Math.round((position - 1) * spec.cycle() * 1e9));
        boolean bad = spec.badTimestamps().contains(position);
        long[] words = {spec.counter(position) - 1, position, bad ? 0 : t.getYear(), t.getDayOfYear(),
            t.getHour(), t.getMinute(), t.getSecond(), t.getNano()};
        for (int i = 0; i < words.length; i++) {
            put(out, at + 4 * i, (int) (words[i] & 0xffff));
            put(out, at + 4 * i + 2, (int) ((words[i] >>> 16) & 0xffff));
        }
        int synced = spec.unsynced().contains(position) ? 0 : 1;
        int nsats = 9;
        put(out, at + 32, (nsats & 0xff) | (synced & 0xff) << 8);
        put(out, at + 34, 0);
    }

    /**
     * A run being written: header first, then frames or parts of them, then
     * the final NAXIS3 and FITS padding.
     */
    public static final class Growing implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final HcamRunSpec spec;
        private final int frameSize;
        private int headerSize;
        private long data;

        private Growing(Path file, FileChannel channel, HcamRunSpec spec) {
            this.file = file;
            this.channel = channel;
            this.spec = spec;
            this.frameSize = frameSize(spec);
        }

        /** @param naxis3 NAXIS3 to show in the header from now on */
        public void declare(int naxis3) {
            byte[] h = header(spec, naxis3);
            if (headerSize != 0 && h.length != headerSize) {
                throw new IllegalStateException("header size changed");
            }
            headerSize = h.length;
            write(ByteBuffer.wrap(h), 0);
        }

        /** @param count whole frames to append (after completing a partial one) */
        public void appendFrames(int count) {
            long target = (data / frameSize + count) * frameSize;
            appendBytes(target - data);
        }

        /** @param count bytes of the frame stream to append */
        public void appendBytes(long count) {
            long end = data + count;
            if (end > (long) spec.frames() * frameSize) {
                throw new InvalidArgumentException(file + ": the run has only " + spec.frames() + " frames");
            }
            while (data < end) {
                int position = (int) (data / frameSize) + 1;
                int offset = (int) (data % frameSize);
                int n = (int) Math.min(frameSize - offset, end - data);
                write(ByteBuffer.wrap(frame(spec, position), offset, n), headerSize + data);
                data += n;
            }
        }

        /** Sets NAXIS3 to the complete frames written and pads the data to a whole block. */
        public void finish() {
            declare(written());
            pad();
        }

        /** @return the complete frames written so far */
        public int written() {
            return (int) (data / frameSize);
        }

        /**
         * Pads the data with zeros to a whole 2880-byte block, without
         * changing NAXIS3; the camera writes the padding first and the final
         * NAXIS3 after it, {@code pad(); declare(written());}.
         */
        public void pad() {
            long end = headerSize + data;
            long padded = (end + 2879) / 2880 * 2880;
            write(ByteBuffer.allocate((int) (padded - end)), end);
        }

        private void write(ByteBuffer buf, long at) {
            try {
                while (buf.hasRemaining()) {
                    at += channel.write(buf, at);
                }
            } catch (IOException e) {
                throw new SourceAccessException(file + ": write failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new SourceAccessException(file + ": close failed: " + e.getMessage(), e);
            }
        }
    }
}
