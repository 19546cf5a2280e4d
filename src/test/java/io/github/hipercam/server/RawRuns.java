package io.github.hipercam.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes byte-level stand-ins for raw runs, for transport tests: a HiPERCAM
 * FITS header with the keys the server needs followed by frames of
 * deterministic bytes, and an ULTRACAM XML + .dat pair. The frame contents are
 * not meant to decode; the decoder tests use the synth writer's runs.
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
        List<String> cards = new ArrayList<>(List.of(
                card("SIMPLE", "T"), card("BITPIX", "16"), card("NAXIS", "3"),
                card("NAXIS1", String.valueOf(size / 2)), card("NAXIS2", "1"),
                card("NAXIS3", String.valueOf(naxis3)), card("BZERO", "32768"),
                hierarch("ESO DET READ CURNAME", "'FullFrame'"),
                hierarch("ESO DET NSAMP", String.valueOf(nsamp)),
                hierarch("ESO DET ACQ1 WIN NX", String.valueOf(nx)),
                hierarch("ESO DET ACQ1 WIN NY", String.valueOf(ny))));
        cards.add(String.format("%-80s", "END"));
        StringBuilder b = new StringBuilder(String.join("", cards));
        while (b.length() % 2880 != 0) {
            b.append(' ');
        }
        Files.write(file, b.toString().getBytes(StandardCharsets.US_ASCII));
        for (int k = 1; k <= frames; k++) {
            appendFrame(file, k, size);
        }
        return file;
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
        System.arraycopy(naxis3.getBytes(StandardCharsets.US_ASCII), 0, all, 5 * 80, 80);
        Files.write(file, all);
    }

    /**
     * @param dir where to write run.xml and run.dat
     * @param run run name
     * @param frameSize the XML's framesize
     * @param frames frames to write
     * @return the .dat file
     */
    static Path ucam(Path dir, String run, int frameSize, int frames) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<datafile><filesave_status>"
                + "<data_status framesize=\"" + frameSize + "\" status=\"OK\">"
                + "<header_status headerwords=\"16\"/></data_status></filesave_status></datafile>\n";
        Files.writeString(dir.resolve(run + ".xml"), xml);
        Path dat = dir.resolve(run + ".dat");
        Files.write(dat, new byte[0]);
        for (int k = 1; k <= frames; k++) {
            appendFrame(dat, k, frameSize);
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
