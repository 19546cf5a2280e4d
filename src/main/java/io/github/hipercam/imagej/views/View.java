package io.github.hipercam.imagej.views;

import io.github.hipercam.InvalidArgumentException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How much of a CCD a picture shows. The dialog's choice and the macro
 * option {@code view=} take the names in lower case.
 */
public enum View {

    /** The whole CCD with its prescans and overscans, windows at their true places. */
    CANVAS,
    /** Cropped to the bounding box of the windows, which keep their true places and calibration. */
    WINDOWS,
    /** The windows side by side with the space between them squeezed out ({@link Mosaic}). */
    MOSAIC;

    /** @return the name a dialog and a macro use: canvas, windows or mosaic */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the names of every view, for a dialog's choice */
    public static String[] keys() {
        return Arrays.stream(values()).map(View::key).toArray(String[]::new);
    }

    /**
     * @param key canvas, windows or mosaic (any case)
     * @return that view
     * @throws InvalidArgumentException naming the choices
     */
    public static View of(String key) {
        for (View v : values()) {
            if (v.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return v;
            }
        }
        throw new InvalidArgumentException("view=" + key + " is not a view; choose one of "
                + String.join(", ", keys()));
    }
}
