package io.github.hipercam.archfixture.format;

import io.github.hipercam.bytes.LocalFiles;
import java.nio.file.Path;

/** A deliberately bad format class: it finds its own file instead of taking bytes. */
public final class FormatReadingAFile {

    private FormatReadingAFile() {
    }

    /** @return the run's file, through a byte source */
    public static Path file() {
        return LocalFiles.fitsFile("run0001");
    }
}
