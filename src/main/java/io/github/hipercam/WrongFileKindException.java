package io.github.hipercam;

import java.nio.file.Path;

/**
 * A file of one kind was given where another was expected: an {@code .hcm}
 * file as a raw run or as a list, a plain FITS image as a run, a folder as a
 * file. The message says what the file is and what reads it, e.g.
 * "frame_001.hcm is an .hcm file, not a raw run of source hl: ...".
 */
public class WrongFileKindException extends HipercamException {
    private static final long serialVersionUID = 1L;

    /** The file, as a string so that the exception stays serialisable. */
    private final String file;

    /**
     * @param file the file given
     * @param message what it is and what to use instead
     * @param cause the failure that the wrong kind led to, or null when it was caught before
     */
    public WrongFileKindException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = String.valueOf(file);
    }

    /** @return the file that is of the wrong kind */
    public Path file() {
        return Path.of(file);
    }
}
