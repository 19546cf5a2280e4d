package io.github.hipercam;

/** The content of a file or message does not follow its format. */
public class FormatException extends HipercamException {
    private static final long serialVersionUID = 1L;

    /** @param message names the file, the item, the value found and the value expected */
    public FormatException(String message) {
        super(message);
    }

    /**
     * @param message names the file, the item, the value found and the value expected
     * @param cause the underlying failure
     */
    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
