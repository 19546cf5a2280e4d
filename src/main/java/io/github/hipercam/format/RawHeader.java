package io.github.hipercam.format;

import io.github.hipercam.InvalidArgumentException;

/**
 * A run's header as its byte source delivered it, with the names a format
 * needs for its items and messages.
 *
 * @param resource the run as the user named it, e.g. {@code run012} (ULTRACAM
 *     runs carry it as their {@code RUN} item)
 * @param name the source's name for messages: the file's path or the run's URL
 * @param bytes the header bytes (FITS cards, or an XML document)
 */
public record RawHeader(String resource, String name, byte[] bytes) {

    /** Rejects missing parts and copies the bytes. */
    public RawHeader {
        if (resource == null || name == null || bytes == null) {
            throw new InvalidArgumentException("a run header needs a resource, a name and bytes");
        }
        bytes = bytes.clone();
    }

    /** @return a copy of the header bytes */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
