package io.github.hipercam.testutil;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference runs and the documents the reference pipeline printed for
 * them, kept in {@code src/test/resources/reference-data} (see its README).
 * They are found on the class path, so a test reads the same bytes whatever
 * the working directory; a missing folder is a broken checkout and fails
 * the test instead of skipping it.
 */
public final class ReferenceData {

    private static final String README = "/reference-data/README.md";

    private ReferenceData() {
    }

    /** @return the reference-data folder, as a directory on disk */
    public static Path root() {
        URL url = ReferenceData.class.getResource(README);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("reference data not on the class path as a file: " + README
                    + " gave " + url + " (expected src/test/resources/reference-data)");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class path address " + url, e);
        }
    }

    /**
     * @param name a folder of reference-data, e.g. {@code ucam-1pair}
     * @return that folder
     */
    public static Path folder(String name) {
        Path p = root().resolve(name);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("no reference-data folder " + name + " at " + p);
        }
        return p;
    }
}
