package io.github.hipercam.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The permissions the umask gives a new file, for tests of files the library writes. */
public final class FileModes {

    private FileModes() {
    }

    /**
     * @param dir a folder on a POSIX file system
     * @return the permissions of a file created there now with no permissions asked for
     * @throws IOException if the probe cannot be made
     */
    public static Set<PosixFilePermission> fresh(Path dir) throws IOException {
        Path probe = Files.createFile(dir.resolve(".mode-probe-" + System.nanoTime()));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    /**
     * @param p a file
     * @return its permissions as {@code rw-r--r--}
     * @throws IOException if they cannot be read
     */
    public static String of(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** @return true if this file system has POSIX permissions */
    public static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
