package io.github.hipercam;

/**
 * A caller asked for something that cannot be: an unknown source code, a frame
 * number out of range, invalid window geometry, a CCD label that is not there.
 */
public class InvalidArgumentException extends HipercamException {
    private static final long serialVersionUID = 1L;

    /** @param message the value given and the values allowed */
    public InvalidArgumentException(String message) {
        super(message);
    }
}
