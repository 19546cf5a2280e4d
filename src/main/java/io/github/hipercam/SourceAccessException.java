package io.github.hipercam;

/**
 * A source could not be read: a missing or unreadable file, a refused
 * connection, a timeout, or a server that went away.
 */
public class SourceAccessException extends HipercamException {
    private static final long serialVersionUID = 1L;

    /** @param message names the file or address and what failed */
    public SourceAccessException(String message) {
        super(message);
    }

    /**
     * @param message names the file or address and what failed
     * @param cause the underlying failure
     */
    public SourceAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
