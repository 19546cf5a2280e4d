package io.github.hipercam.server;

import io.github.hipercam.FormatException;
import io.github.hipercam.ucam.SecureXml;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One ULTRACAM or ULTRASPEC run as the server sees it: its XML document (read
 * once) and a {@code .dat} file of frames of {@code framesize} bytes, the size
 * given by the XML's {@code data_status} element. Frames are numbered from 0
 * here, as on the wire.
 */
final class UcamRunFile {

    /** Refuse XML documents longer than this. */
    static final long MAX_XML_BYTES = 16L * 1024 * 1024;

    private final byte[] xml;
    private final Path dat;
    private final int frameSize;

    private UcamRunFile(byte[] xml, Path dat, int frameSize) {
        this.xml = xml;
        this.dat = dat;
        this.frameSize = frameSize;
    }

    /**
     * @param xmlFile the run's .xml file (the .dat beside it holds the frames)
     * @param name how to call it in messages
     * @return the run
     * @throws IOException if the XML cannot be read
     * @throws FormatException if the XML gives no valid framesize
     */
    static UcamRunFile open(Path xmlFile, String name) throws IOException {
        long size = Files.size(xmlFile);
        if (size > MAX_XML_BYTES) {
            throw new FormatException(name + ".xml: " + size + " bytes, more than the " + MAX_XML_BYTES
                    + " accepted");
        }
        byte[] xml = Files.readAllBytes(xmlFile);
        String file = xmlFile.getFileName().toString();
        Path dat = xmlFile.resolveSibling(file.substring(0, file.length() - 4) + ".dat");
        return new UcamRunFile(xml, dat, frameSize(xml, name + ".xml"));
    }

    static int frameSize(byte[] xml, String name) {
        NodeList nodes = SecureXml.parse(name, xml).getElementsByTagName("data_status");
        if (nodes.getLength() == 0) {
            throw new FormatException(name + ": no data_status element, so no framesize");
        }
        String v = ((Element) nodes.item(0)).getAttribute("framesize").strip();
        if (!v.matches("[0-9]{1,10}") || Long.parseLong(v) < 1 || Long.parseLong(v) > Integer.MAX_VALUE - 8) {
            throw new FormatException(name + ": data_status framesize is '" + v
                    + "', expected a whole number of bytes from 1 to " + (Integer.MAX_VALUE - 8));
        }
        return Integer.parseInt(v);
    }

    /** @return the XML document as stored */
    byte[] xml() {
        return xml.clone();
    }

    /** @return bytes in one frame */
    int frameSize() {
        return frameSize;
    }

    /**
     * @return frames complete now (0 if the .dat file is not there yet)
     * @throws IOException if its size cannot be read
     */
    long frames() throws IOException {
        return Files.exists(dat) ? Files.size(dat) / frameSize : 0;
    }

    /**
     * @param index frame index, 0-based
     * @return the frame, or empty if it is not complete yet
     * @throws IOException if the file cannot be read
     */
    Optional<byte[]> frame(long index) throws IOException {
        if (index < 0 || index >= frames()) {
            return Optional.empty();
        }
        ByteBuffer buf = ByteBuffer.allocate(frameSize);
        return frameInto(index, buf) ? Optional.of(buf.array()) : Optional.empty();
    }

    /**
     * Reads a frame into a buffer of the caller's (cleared here, flipped for
     * reading when done).
     *
     * @param index frame index, 0-based
     * @param buf at least {@link #frameSize()} bytes
     * @return true if the frame was complete and read, false if not written yet
     * @throws IOException if the file cannot be read
     */
    boolean frameInto(long index, ByteBuffer buf) throws IOException {
        if (index < 0 || index >= frames()) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(dat, StandardOpenOption.READ)) {
            long start = index * frameSize;
            if (ch.size() < start + frameSize) {
                return false;
            }
            buf.clear().limit(frameSize);
            while (buf.hasRemaining()) {
                if (ch.read(buf, start + buf.position()) < 0) {
                    return false;
                }
            }
            buf.flip();
            return true;
        }
    }
}
