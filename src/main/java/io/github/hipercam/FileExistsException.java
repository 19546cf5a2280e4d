package io.github.hipercam;

import java.nio.file.Path;

/** A write would overwrite a file that the user owns and was not told to overwrite. */
public class FileExistsException extends HipercamException {
    private static final long serialVersionUID = 1L;

    /** @param path the file that already exists */
    public FileExistsException(Path path) {
        super(path + ": file exists; not overwritten (ask for overwrite to replace it)");
    }
}
