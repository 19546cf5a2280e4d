package io.github.hipercam.hcm;

import io.github.hipercam.SourceAccessException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary file a target is written to before it is renamed into place:
 * {@code .NAME.DIGITS.part} beside the target.
 *
 * <p>It is created with the default permissions, so the file that is renamed
 * into place has the mode the user's umask gives any new file (0644 under
 * umask 022), not the owner-only 0600 of {@code Files.createTempFile}. The
 * name is made unique by creating it with {@code CREATE_NEW}.
 *
 * <p>A write that is killed leaves its part file behind. The next write of
 * the same target removes every part file of that target first, so one
 * target has at most one writer at a time: do not write the same file from
 * two programs at once.
 */
final class PartFile {

    private static final int ATTEMPTS = 100;

    private PartFile() {
    }

    /**
     * @param target the file to be written
     * @return a new, empty part file beside it
     * @throws IOException if none can be created
     */
    static Path create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        for (int i = 0; i < ATTEMPTS; i++) {
            long n = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            try {
                return Files.createFile(dir.resolve("." + name + "." + n + ".part"));
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
        throw new IOException("no free name for a temporary file beside " + name);
    }

    /**
     * Removes the part files a killed write of {@code target} left behind.
     *
     * @param target the file about to be written
     * @throws SourceAccessException if one cannot be removed
     */
    static void removeStale(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> isPartOf(p, prefix))) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new SourceAccessException(target + ": cannot remove a temporary file left by an earlier write: "
                    + e.getMessage(), e);
        }
    }

    private static boolean isPartOf(Path p, String prefix) {
        String n = p.getFileName().toString();
        return n.startsWith(prefix) && n.endsWith(".part")
                && n.substring(prefix.length(), n.length() - 5).matches("[0-9]+");
    }
}
