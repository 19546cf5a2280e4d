package io.github.hipercam.run;

import io.github.hipercam.fits.FitsHeaders;
import io.github.hipercam.format.Formats;
import io.github.hipercam.format.RunFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells, from the start of a file and never from its pixels, what it is: an
 * {@code .hcm} file, a raw run of a registered format (and so the source code
 * that reads it), some other FITS file, or none of these. File &gt; Open, drag
 * and drop and the error messages use it, so that an ordinary FITS file still
 * goes to ImageJ's own reader and a file of the wrong kind is named for what
 * it is.
 *
 * @param kind what the file is
 * @param source the source code that reads it ({@code hl}, {@code ul},
 *     {@code FORMAT:local}), or empty if none does
 */
public record FileKinds(Kind kind, Optional<String> source) {

    /** What a file is. */
    public enum Kind {
        /** A HiPERCAM pipeline {@code .hcm} file ({@code HIPERCAM = 'MCCD'} or {@code 'CCD'}). */
        HCM,
        /** A raw run that a registered format recognises. */
        RAW,
        /** A FITS file of some other kind. */
        OTHER_FITS,
        /** A folder. */
        FOLDER,
        /** Missing, unreadable, or neither FITS nor a run. */
        OTHER
    }

    /** How much of a file is looked at: the first cards of a FITS header, or the start of an XML document. */
    static final int LOOK = 30 * FitsHeaders.BLOCK;

    /**
     * @param path a file
     * @return what it is
     */
    public static FileKinds of(Path path) {
        if (path == null) {
            return new FileKinds(Kind.OTHER, Optional.empty());
        }
        if (Files.isDirectory(path)) {
            return new FileKinds(Kind.FOLDER, Optional.empty());
        }
        Path look = companion(path);
        if (!Files.isRegularFile(look)) {
            return new FileKinds(Kind.OTHER, Optional.empty());
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(look)) {
            start = in.readNBytes(LOOK);
        } catch (IOException e) {
            return new FileKinds(Kind.OTHER, Optional.empty());
        }
        return of(start);
    }

    /**
     * @param start the first bytes of a file
     * @return what it is
     */
    static FileKinds of(byte[] start) {
        if (FitsHeaders.isFits(start) && FitsHeaders.string(start, "HIPERCAM")
                .map(v -> v.toUpperCase(Locale.ROOT)).filter(v -> v.equals("MCCD") || v.equals("CCD")).isPresent()) {
            return new FileKinds(Kind.HCM, Optional.empty());
        }
        for (RunFormat<?> f : Formats.all().values()) {
            if (f.recognises(start)) {
                return new FileKinds(Kind.RAW, Optional.of(sourceFor(f.name())));
            }
        }
        return new FileKinds(FitsHeaders.isFits(start) ? Kind.OTHER_FITS : Kind.OTHER, Optional.empty());
    }

    /** An ULTRACAM run's header is its {@code .xml}: a {@code .dat} is judged by the XML beside it. */
    private static Path companion(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(".dat")) {
            Path xml = path.resolveSibling(name.substring(0, name.length() - 4) + ".xml");
            if (Files.isRegularFile(xml)) {
                return xml;
            }
        }
        return path;
    }

    /**
     * @param format a registered format's name
     * @return the local source code that reads its runs
     */
    static String sourceFor(String format) {
        return switch (format) {
            case "hipercam" -> "hl";
            case "ultracam", "ultraspec" -> "ul";
            default -> format + ":local";
        };
    }

    /** @return true if this project opens it: an {@code .hcm} file or a raw run */
    public boolean isOurs() {
        return kind == Kind.HCM || kind == Kind.RAW;
    }

    /** @return a few words for messages: "an .hcm file", "a raw run (source hl)", ... */
    public String describe() {
        return switch (kind) {
            case HCM -> "an .hcm file";
            case RAW -> "a raw run (source " + source.orElse("?") + ")";
            case OTHER_FITS -> "a FITS file that is neither an .hcm file nor a raw run";
            case FOLDER -> "a folder";
            case OTHER -> "not a FITS file or run that this plugin reads";
        };
    }
}
