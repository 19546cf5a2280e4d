package io.github.hipercam.server;

import io.github.hipercam.FormatException;
import io.github.hipercam.net.HcamProtocol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One HiPERCAM run file as the server sees it: a header and then frames of a
 * fixed size, some of which may not be written yet. The frame size is
 * computed from {@code ESO DET ACQ1 WIN NX/NY}, {@code ESO DET NSAMP} and
 * {@code BITPIX} as the deployed server does, and checked against
 * {@code NAXIS1} when the header gives it.
 *
 * <p>The number of complete frames is the number that the file's size holds,
 * capped by {@code NAXIS3} once the writer has set it (it is 0 while the run
 * is written). The deployed server rounds the size instead, which can count a
 * frame that is not complete yet; here a frame is counted only when all its
 * bytes are there. Not thread-safe: one instance per connection.
 */
final class HcamRunFile implements AutoCloseable {

    static final String NX = "ESO DET ACQ1 WIN NX";
    static final String NY = "ESO DET ACQ1 WIN NY";
    static final String NSAMP = "ESO DET NSAMP";

    private final String name;
    private final FileChannel ch;
    private final RawFitsHeader header;
    private final int frameSize;

    private HcamRunFile(String name, FileChannel ch, RawFitsHeader header, int frameSize) {
        this.name = name;
        this.ch = ch;
        this.header = header;
        this.frameSize = frameSize;
    }

    /**
     * @param file the run's .fits file
     * @param name how to call it in messages
     * @return the open run
     * @throws IOException if it cannot be opened or read
     * @throws FormatException if its header does not give a consistent frame size
     */
    static HcamRunFile open(Path file, String name) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            RawFitsHeader h = RawFitsHeader.read(ch, name);
            return new HcamRunFile(name, ch, h, frameSize(h, name));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    static int frameSize(RawFitsHeader h, String name) {
        long bitpix = need(h, "BITPIX", name);
        int size = HcamProtocol.frameSize(need(h, NX, name), need(h, NY, name),
                h.integer(NSAMP).orElse(1), bitpix, name);
        OptionalLong naxis1 = h.integer("NAXIS1");
        if (naxis1.isPresent() && naxis1.getAsLong() * Math.abs(bitpix) / 8 != size) {
            throw new FormatException(name + ": frame size from " + NX + "/NY and " + NSAMP + " is " + size
                    + " bytes but NAXIS1 = " + naxis1.getAsLong() + " gives "
                    + naxis1.getAsLong() * Math.abs(bitpix) / 8);
        }
        return size;
    }

    private static long need(RawFitsHeader h, String key, String name) {
        return h.integer(key).orElseThrow(() -> new FormatException(name
                + ": the header has no integer " + key + ", needed for the frame size"));
    }

    /** @return the header text, 80-character cards through END, padded to 2880 bytes */
    String headerText() {
        return header.text();
    }

    /** @return bytes in one frame */
    int frameSize() {
        return frameSize;
    }

    /**
     * @return frames complete now
     * @throws IOException if the file cannot be read
     */
    long frames() throws IOException {
        long complete = Math.max(0, ch.size() - header.length()) / frameSize;
        long naxis3 = naxis3();
        return naxis3 > 0 ? Math.min(naxis3, complete) : complete;
    }

    /** NAXIS3 as the file holds it now: the writer sets it when the run ends. */
    private long naxis3() throws IOException {
        long off = header.offset("NAXIS3");
        if (off < 0) {
            return 0;
        }
        ByteBuffer card = ByteBuffer.allocate(RawFitsHeader.CARD);
        while (card.hasRemaining() && ch.read(card, off + card.position()) > 0) {
            continue;
        }
        String text = new String(card.array(), StandardCharsets.ISO_8859_1);
        return RawFitsHeader.key(text).equals("NAXIS3") ? RawFitsHeader.integerValue(text).orElse(0) : 0;
    }

    /**
     * @param number frame number, 1-based
     * @return the frame's bytes, or empty if it is not complete yet
     * @throws IOException if the file cannot be read
     */
    Optional<byte[]> frame(long number) throws IOException {
        if (number < 1 || number > frames()) {
            return Optional.empty();
        }
        ByteBuffer buf = ByteBuffer.allocate(frameSize);
        return frameInto(number, buf) ? Optional.of(buf.array()) : Optional.empty();
    }

    /**
     * Reads a frame into a buffer the caller reuses (cleared here, flipped
     * for reading when done).
     *
     * @param number frame number, 1-based
     * @param buf at least {@link #frameSize()} bytes
     * @return true if the frame was complete and read, false if not written yet
     * @throws IOException if the file cannot be read
     */
    boolean frameInto(long number, ByteBuffer buf) throws IOException {
        if (number < 1 || number > frames()) {
            return false;
        }
        buf.clear().limit(frameSize);
        long start = header.length() + (number - 1) * frameSize;
        while (buf.hasRemaining()) {
            if (ch.read(buf, start + buf.position()) < 0) {
                return false;
            }
        }
        buf.flip();
        return true;
    }

    /** @return the name used in messages */
    String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
