package io.github.hipercam;

/**
 * A file exists but may not be read here: its real place lies outside the
 * directory reads are confined to (a file server's served directory), or it
 * is not a regular file.
 */
public class AccessRefusedException extends SourceAccessException {
    private static final long serialVersionUID = 1L;

    /** @param message names the file as it was asked for, and why it is refused */
    public AccessRefusedException(String message) {
        super(message);
    }
}
