package io.github.hipercam;

/**
 * Root of every exception that this library throws for bad input or an
 * unreachable source. It is unchecked so that spoolers can be used in plain
 * for-each loops; the subclasses say what kind of failure it was.
 */
public class HipercamException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the file or frame */
    public HipercamException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the file or frame
     * @param cause the underlying failure, always kept
     */
    public HipercamException(String message, Throwable cause) {
        super(message, cause);
    }
}
