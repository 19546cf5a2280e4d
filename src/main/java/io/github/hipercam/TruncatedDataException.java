package io.github.hipercam;

/** A file or message holds fewer bytes than its header promises. */
public class TruncatedDataException extends FormatException {
    private static final long serialVersionUID = 1L;

    /** @param message names the file, the bytes expected and the bytes found */
    public TruncatedDataException(String message) {
        super(message);
    }

    /**
     * @param message names the file, the bytes expected and the bytes found
     * @param cause the underlying failure
     */
    public TruncatedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
