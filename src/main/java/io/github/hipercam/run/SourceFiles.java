package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether a local file suits the source code it is opened with, told from
 * the start of the file ({@link FileKinds}) before the run is opened: a plain
 * FITS image named as a HiPERCAM run ({@code hl}), an {@code .hcm} file named
 * as a list ({@code hf}), an ULTRACAM run named as a HiPERCAM one. A dialog
 * says so on its first page, and a macro stops there, rather than after the
 * frames have been chosen.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * @param source a source code
     * @param resource what was named for it
     * @return why the file is of the wrong kind for the source, or empty if it
     *     suits it, does not exist (opening says so) or is not local
     */
    public static Optional<String> wrongKind(String source, String resource) {
        if (resource == null || resource.isBlank() || isServer(source)) {
            return Optional.empty();
        }
        Optional<Path> file = file(source, resource.strip());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        FileKinds kind = FileKinds.of(file.get());
        if (source.equals("hf")) {
            return kind.kind() == FileKinds.Kind.OTHER ? Optional.empty()
                    : Optional.of(message(file.get(), kind, "source hf reads a text file listing .hcm files"));
        }
        if (!source.equals("hl") && !source.equals("ul") && !source.endsWith(":local")) {
            return Optional.empty();
        }
        if (kind.kind() == FileKinds.Kind.RAW && kind.source().orElse("").equals(source)) {
            return Optional.empty();
        }
        return Optional.of(message(file.get(), kind, "source " + source + " reads " + reads(source)));
    }

    /** Servers are not looked at; an unknown code is left for opening to refuse. */
    private static boolean isServer(String source) {
        try {
            return Spoolers.isServer(source);
        } catch (HipercamException e) {
            return true;
        }
    }

    private static String reads(String source) {
        return switch (source) {
            case "hl" -> "raw HiPERCAM runs";
            case "ul" -> "raw ULTRACAM and ULTRASPEC runs (.xml and .dat)";
            default -> "raw " + source.substring(0, source.indexOf(':')) + " runs";
        };
    }

    private static String message(Path file, FileKinds kind, String reads) {
        String hint = switch (kind.kind()) {
            case HCM -> "; open it with Open .hcm..., or list it in a file for source hf";
            case RAW -> "; choose source " + kind.source().orElse("?");
            case OTHER_FITS -> "; ImageJ's File > Open reads other FITS files";
            default -> "";
        };
        return file + " is " + kind.describe() + ": " + reads + hint;
    }

    /** The file a local source reads for a resource: as named, or with the extension the format adds. */
    private static Optional<Path> file(String source, String resource) {
        List<String> names = switch (source) {
            case "hl" -> List.of(resource, resource + ".fits");
            case "ul" -> List.of(resource + ".xml", resource);
            default -> List.of(resource);
        };
        for (String n : names) {
            try {
                Path p = Path.of(n);
                if (Files.exists(p)) {
                    return Optional.of(p);
                }
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
