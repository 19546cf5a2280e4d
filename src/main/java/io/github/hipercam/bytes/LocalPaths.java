package io.github.hipercam.bytes;

import io.github.hipercam.AccessRefusedException;
import io.github.hipercam.SourceAccessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a local file is and how it is opened. Without a root, a name is a
 * path as the user gave it. With a root (a file server's served directory,
 * {@code SpoolOptions.root()}), a name is relative to it; each file is
 * resolved to its real path when it is opened, refused unless that lies inside
 * the root's real path, and opened without following a link in its last
 * part, so a link swapped in after a check cannot lead out. Messages name the
 * file as it was asked for, never where the root is.
 */
final class LocalPaths {

    private LocalPaths() {
    }

    /**
     * @param name a file as asked for
     * @param root the directory reads are confined to, or null
     * @return the file to open
     * @throws SourceAccessException if it does not exist (with a root)
     * @throws AccessRefusedException if it lies outside the root or is not a regular file
     */
    static Path toOpen(String name, Path root) {
        Path asked = Path.of(name);
        if (root == null) {
            return asked;
        }
        Path top = real(root, name);
        Path p = top.resolve(asked).normalize();
        if (asked.isAbsolute() || !p.startsWith(top)) {
            throw new AccessRefusedException(name + ": only files inside the served directory are read");
        }
        Path real = real(p, name);
        if (!real.startsWith(top)) {
            throw new AccessRefusedException(name + ": a symbolic link leads outside the served directory");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new AccessRefusedException(name + ": not a regular file");
        }
        return real;
    }

    private static Path real(Path p, String name) {
        try {
            return p.toRealPath();
        } catch (NoSuchFileException e) {
            throw new SourceAccessException(name + ": no such file", e);
        } catch (IOException e) {
            throw new SourceAccessException(name + ": cannot be resolved (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * @param root the directory reads are confined to, or null
     * @return how to open a file: read-only, and with a root, not through a link
     */
    static OpenOption[] options(Path root) {
        return root == null ? new OpenOption[] {StandardOpenOption.READ}
                : new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS};
    }
}
