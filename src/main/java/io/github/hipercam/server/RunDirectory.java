package io.github.hipercam.server;

import io.github.hipercam.SourceAccessException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The directory a server serves, and the guard that keeps every request
 * inside it. A request path is taken segment by segment: empty segments,
 * {@code .}, {@code ..}, backslashes, colons, NUL and {@code %} (what is left
 * of an encoded or doubly encoded form after the one decoding the HTTP layer
 * makes) are refused outright, before the file system is touched; an existing
 * file is then followed through its symbolic links and refused if its real
 * place is outside the directory. Files are opened only through
 * {@link #open}, which makes that check when it opens them.
 */
final class RunDirectory {

    private final Path root;

    /**
     * @param dir the directory to serve
     * @throws SourceAccessException if it is not a readable directory
     */
    RunDirectory(Path dir) {
        try {
            this.root = dir.toRealPath();
        } catch (IOException e) {
            throw new SourceAccessException("cannot serve " + dir + ": " + e, e);
        }
        if (!Files.isDirectory(root)) {
            throw new SourceAccessException("cannot serve " + dir + ": not a directory");
        }
    }

    /** @return the real path of the served directory */
    Path root() {
        return root;
    }

    /**
     * @param requestPath the decoded path of a request, with or without its leading '/'
     * @param suffix appended to the last segment, e.g. ".fits" (may be empty)
     * @return the file it names, inside the directory (it may not exist)
     * @throws Refusal (403) if the path could name anything outside
     */
    Path resolve(String requestPath, String suffix) {
        String rel = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        if (rel.isEmpty()) {
            return root;
        }
        for (String segment : rel.split("/", -1)) {
            checkSegment(segment, requestPath);
        }
        Path p = root.resolve(rel + suffix).normalize();
        if (!p.startsWith(root)) {
            throw refuse(requestPath, "it leads outside the served directory");
        }
        return p;
    }

    private static void checkSegment(String s, String requestPath) {
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            throw refuse(requestPath, "empty, '.' and '..' path segments are not served");
        }
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == ':' || c == '%' || c < 0x20) {
                throw refuse(requestPath, "character '" + (c < 0x20 ? "\\u" + (int) c : String.valueOf(c))
                        + "' is not served");
            }
        }
    }

    /**
     * @param p a path from {@link #resolve}
     * @param asked the path as the client wrote it, for messages
     * @return its real path, checked to be inside the directory
     * @throws NoSuchFileException if it does not exist
     * @throws Refusal (403) if a symbolic link takes it outside
     * @throws IOException if it cannot be resolved
     */
    Path real(Path p, String asked) throws IOException {
        Path real = p.toRealPath();
        if (!real.startsWith(root)) {
            throw refuse(asked, "a symbolic link leads outside the served directory");
        }
        return real;
    }

    /**
     * Opens a file to read, resolved to its real path now, at open time, and
     * refused unless that lies inside the directory: a link swapped in after
     * an earlier check cannot lead out. The real path is opened without
     * following a link in its last part.
     *
     * @param p a path from {@link #resolve}
     * @param asked the file as the client named it, for messages
     * @return the open file
     * @throws NoSuchFileException if it does not exist
     * @throws Refusal (403) if its real place is outside; (404) if it is not a regular file
     * @throws IOException if it cannot be opened
     */
    FileChannel open(Path p, String asked) throws IOException {
        Path real = real(p, asked);
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(404, "'" + asked + "' is not a file");
        }
        return FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * @param p a path from {@link #resolve}
     * @return true if it is a regular file whose real place is inside
     */
    boolean isServedFile(Path p) {
        try {
            return Files.isRegularFile(real(p, p.toString()), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | Refusal e) {
            return false;
        }
    }

    private static Refusal refuse(String path, String why) {
        return new Refusal(403, "refused '" + path + "': " + why);
    }
}
