package io.github.hipercam.server;

import io.github.hipercam.HipercamException;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.util.Lru;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * The ULTRACAM runs asked for recently, kept open, so that each frame request
 * does not open the run and parse its XML again. An entry is used only while
 * the name asked for still leads to the same XML file, with the size and
 * modification time it had when opened; at most {@value #MAX} runs are kept,
 * and a run dropped from the cache is closed. Entries are kept by the name
 * asked for, because the {@code .dat} file is the one beside that name.
 */
final class UcamRunCache {

    static final int MAX = 64;
    /** Refuse XML documents longer than this. */
    static final long MAX_XML_BYTES = 16L * 1024 * 1024;

    private record Entry(Path real, FileTime modified, long size, OpenedRun run) {
    }

    private final Lru<Path, Entry> entries = Lru.of(MAX, e -> close(e.run()));

    /**
     * @param dir the served directory
     * @param xml the run's XML as the request names it (from {@link RunDirectory#resolve})
     * @param name the run as asked for, for messages and for opening it
     * @return the opened run
     * @throws IOException if the XML's place cannot be resolved
     * @throws Refusal if the XML's real place is outside the directory, or the run does not exist
     */
    OpenedRun get(RunDirectory dir, Path xml, String name) throws IOException {
        Path real = dir.real(xml, name + ".xml");
        BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
        synchronized (entries) {
            Entry e = entries.get(xml);
            if (e != null && e.real().equals(real) && e.modified().equals(a.lastModifiedTime())
                    && e.size() == a.size()) {
                return e.run();
            }
        }
        OpenedRun run = ServedRuns.open(dir, "ul", name);
        synchronized (entries) {
            Entry old = entries.put(xml, new Entry(real, a.lastModifiedTime(), a.size(), run));
            if (old != null && old.run() != run) {
                close(old.run());
            }
        }
        return run;
    }

    /**
     * A run's XML document as it is, read through the served directory's
     * check, for runs that cannot be opened for their frames.
     *
     * @param dir the served directory
     * @param xml the XML as the request names it
     * @param name the run as asked for, for messages
     * @return its bytes
     * @throws IOException if it cannot be read
     */
    static byte[] readXml(RunDirectory dir, Path xml, String name) throws IOException {
        try (FileChannel ch = dir.open(xml, name + ".xml")) {
            long size = ch.size();
            if (size > MAX_XML_BYTES) {
                throw new Refusal(413, "'" + name + "': its XML has " + size + " bytes, more than the "
                        + MAX_XML_BYTES + " accepted");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // to the end
            }
            return buf.array();
        }
    }

    private static void close(OpenedRun run) {
        try {
            run.close();
        } catch (HipercamException e) {
            // a run that cannot be closed cleanly is dropped all the same
        }
    }
}
