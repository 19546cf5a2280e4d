package io.github.hipercam.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The {@code ?action=dir} listing: the runs in one directory, one name per
 * line without extension, sorted. HiPERCAM runs are the {@code .fits} files,
 * as the deployed server lists them; ULTRACAM/ULTRASPEC runs are the
 * {@code .xml} files that have their {@code .dat} beside them (the deployed
 * HiPERCAM server does not list those).
 */
final class Listing {

    private Listing() {
    }

    /**
     * @param dir the served directory
     * @param path the directory asked for, relative to it
     * @return the listing text
     * @throws IOException if it cannot be read
     * @throws NoSuchFileException if it is not a directory inside
     */
    static String of(RunDirectory dir, String path) throws IOException {
        Path d = dir.real(dir.resolve(path, ""), path);
        if (!Files.isDirectory(d)) {
            throw new NoSuchFileException(path);
        }
        TreeSet<String> runs = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (n.endsWith(".fits") && dir.isServedFile(f)) {
                    runs.add(n.substring(0, n.length() - 5));
                } else if (n.endsWith(".xml") && dir.isServedFile(f)
                        && dir.isServedFile(f.resolveSibling(n.substring(0, n.length() - 4) + ".dat"))) {
                    runs.add(n.substring(0, n.length() - 4));
                }
            }
        }
        return String.join("\n", runs);
    }
}
