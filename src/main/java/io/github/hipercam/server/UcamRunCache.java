package io.github.hipercam.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed XML of the ULTRACAM runs asked for recently, so that each frame
 * request does not parse the run's XML again. An entry is used only while
 * the XML file keeps the size and modification time it had when parsed; at
 * most {@value #MAX} runs are kept.
 */
final class UcamRunCache {

    static final int MAX = 64;

    private record Entry(FileTime modified, long size, UcamRunFile run) {
    }

    private final Map<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Entry> eldest) {
            return size() > MAX;
        }
    };

    /**
     * @param xml real path of the run's XML
     * @param name the run as asked for, for messages
     * @return the parsed run
     * @throws IOException if the XML cannot be read
     */
    UcamRunFile get(Path xml, String name) throws IOException {
        BasicFileAttributes a = Files.readAttributes(xml, BasicFileAttributes.class);
        synchronized (entries) {
            Entry e = entries.get(xml);
            if (e != null && e.modified().equals(a.lastModifiedTime()) && e.size() == a.size()) {
                return e.run();
            }
        }
        UcamRunFile run = UcamRunFile.open(xml, name);
        synchronized (entries) {
            entries.put(xml, new Entry(a.lastModifiedTime(), a.size(), run));
        }
        return run;
    }
}
