package io.github.hipercam.server;

import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.UcamMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes byte-level stand-ins for raw runs, for transport tests: a HiPERCAM
 * run whose primary header is the project's writer's (so the server, which
 * opens runs as the readers do, reads it), with NAXIS1 and the acquisition
 * window set for the frame size wanted, followed by frames of deterministic
 * bytes; and an ULTRACAM XML + .dat pair. The frame contents are not meant to
 * decode; the decoder tests use the synth writer's runs.
 */
final class RawRuns {

    private RawRuns() {
    }

    /** @return frame size in bytes of a 16-bit run with these acquisition keys */
    static int hcamFrameSize(int nx, int ny, int nsamp) {
        return 2 * (18 + nx * ny / nsamp);
    }

    /**
     * @param file where to write
     * @param nx ESO DET ACQ1 WIN NX
     * @param ny ESO DET ACQ1 WIN NY
     * @param nsamp ESO DET NSAMP
     * @param naxis3 the NAXIS3 card (0 while a run is written)
     * @param frames frames to write after the header
     * @return the file
     */
    static Path hcam(Path file, int nx, int ny, int nsamp, int naxis3, int frames) throws IOException {
        int size = hcamFrameSize(nx, ny, nsamp);
        HcamRunSpec spec = HcamRunSpec.of("OneWindow").withWindows(new HcamRunSpec.Win(100, 120, 140, 160, 50, 8, 8))
                .withNsamp(nsamp).withFrames(0);
        try (HcamRunWriter.Growing g = HcamRunWriter.start(file, spec, naxis3, true)) {
            // the header alone
        }
        byte[] header = Files.readAllBytes(file);
        header = Arrays.copyOf(header, headerLength(header));
        replace(header, "NAXIS1", card("NAXIS1", String.valueOf(size / 2)));
        replace(header, "NAXIS3", card("NAXIS3", String.valueOf(naxis3)));
        replace(header, "HIERARCH ESO DET ACQ1 WIN NX", hierarch("ESO DET ACQ1 WIN NX", String.valueOf(nx)));
        replace(header, "HIERARCH ESO DET ACQ1 WIN NY", hierarch("ESO DET ACQ1 WIN NY", String.valueOf(ny)));
        Files.write(file, header);
        for (int k = 1; k <= frames; k++) {
            appendFrame(file, k, size);
        }
        return file;
    }

    /** Puts a card in place of the one whose text starts with {@code key}. */
    static void replace(byte[] header, String key, String card) {
        for (int off = 0; off + 80 <= header.length; off += 80) {
            String text = new String(header, off, 80, StandardCharsets.US_ASCII);
            if (text.startsWith(key + " ") || text.startsWith(String.format("%-8s=", key))) {
                System.arraycopy(card.getBytes(StandardCharsets.US_ASCII), 0, header, off, 80);
                return;
            }
        }
        throw new IllegalArgumentException("no card " + key);
    }

    static String card(String key, String value) {
        return String.format("%-8s= %20s", key, value) + " ".repeat(50);
    }

    static String hierarch(String key, String value) {
        return String.format("%-80s", "HIERARCH " + key + " = " + value + " / test");
    }

    /** @return deterministic bytes of frame k */
    static byte[] frameBytes(int k, int size) {
        byte[] f = new byte[size];
        for (int i = 0; i < size; i++) {
            f[i] = (byte) (k * 31 + i * 7 + (i >> 8));
        }
        return f;
    }

    static void appendFrame(Path file, int k, int size) throws IOException {
        Files.write(file, frameBytes(k, size), StandardOpenOption.APPEND);
    }

    static void appendBytes(Path file, byte[] bytes, int from, int to) throws IOException {
        Files.write(file, Arrays.copyOfRange(bytes, from, to), StandardOpenOption.APPEND);
    }

    /** Pads a finished HiPERCAM file to a whole number of FITS blocks and sets NAXIS3. */
    static void finish(Path file, int frames) throws IOException {
        long size = Files.size(file);
        long pad = (2880 - size % 2880) % 2880;
        Files.write(file, new byte[(int) pad], StandardOpenOption.APPEND);
        byte[] all = Files.readAllBytes(file);
        String naxis3 = card("NAXIS3", String.valueOf(frames));
        replace(all, "NAXIS3", naxis3);
        Files.write(file, all);
    }

    /** Bytes in a frame of the ULTRASPEC stand-in runs (one 60 x 40 window). */
    static final int UCAM_SIZE = UcamRunWriter.framesize(UCAM_SPEC());

    private static UcamRunSpec UCAM_SPEC() {
        return UcamRunSpec.ultraspec(UcamMode.USPEC_1, "N").withFrames(0);
    }

    /**
     * An ULTRASPEC run whose XML is the project's writer's (so the server,
     * which opens runs as the readers do, reads it) and whose frames are
     * deterministic bytes of {@link #UCAM_SIZE}.
     *
     * @param dir where to write run.xml and run.dat
     * @param run run name
     * @param frames frames to write
     * @return the .dat file
     */
    static Path ucam(Path dir, String run, int frames) throws IOException {
        UcamRunWriter.write(dir, run, UCAM_SPEC(), true);
        Path dat = dir.resolve(run + ".dat");
        Files.write(dat, new byte[0]);
        for (int k = 1; k <= frames; k++) {
            appendFrame(dat, k, UCAM_SIZE);
        }
        return dat;
    }

    /** @return bytes of frame n (1-based) of a HiPERCAM file as stored */
    static byte[] hcamFrameOnDisk(Path file, int n, int size) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int header = headerLength(all);
        return Arrays.copyOfRange(all, header + (n - 1) * size, header + n * size);
    }

    static int headerLength(byte[] all) {
        for (int off = 0; off + 80 <= all.length; off += 80) {
            if (new String(all, off, 80, StandardCharsets.US_ASCII).startsWith("END     ")) {
                return (off / 2880 + 1) * 2880;
            }
        }
        throw new IllegalArgumentException("no END card");
    }
}
