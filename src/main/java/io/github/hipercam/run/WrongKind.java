package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import io.github.hipercam.WrongFileKindException;
import io.github.hipercam.bytes.LocalFiles;
import io.github.hipercam.fits.FitsHeaders;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.spi.Layout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names a file given in the wrong place for what it is, using
 * {@link FileKinds}: an {@code .hcm} file or a plain FITS image given as a
 * raw run, a raw run or an {@code .hcm} file given as a list, a folder given
 * as a file. The check is made when opening has failed (or, for a list,
 * before its lines are read), so a good file costs nothing, and a run of the
 * right kind that is broken keeps its own message, as does a FITS file whose
 * header is cut short. A FITS file without the mark of a raw run (for
 * HiPERCAM, {@code ESO DET READ CURNAME}) is "neither an .hcm file nor a raw
 * run" here as in File &gt; Open, whatever keyword the parser missed first.
 */
final class WrongKind {

    private WrongKind() {
    }

    /** What a caller expected to be given. */
    private enum Wanted {
        RAW, LIST, HCM
    }

    /**
     * Explains a failure to open a local raw run by what the file given is.
     *
     * @param code the source code used
     * @param resource the run as given
     * @param failure why opening failed
     * @return a {@link WrongFileKindException} if the file is of another kind, else {@code failure}
     */
    static HipercamException ofRaw(SourceCode.Raw code, String resource, HipercamException failure) {
        if (!code.provider().local() || failure instanceof WrongFileKindException) {
            return failure;
        }
        String wanted = rawRun(code.format().name(), code.code());
        String ownSource = FileKinds.sourceFor(code.format().name());
        for (Candidate c : candidates(code, resource)) {
            FileKinds k = FileKinds.of(c.file());
            if (k.source().filter(ownSource::equals).isPresent()) {
                return failure;   // a run of the right kind, broken: its own message says what is wrong
            }
            if (k.kind() == FileKinds.Kind.OTHER) {
                continue;
            }
            if (k.kind() == FileKinds.Kind.OTHER_FITS && !headerComplete(c.file())) {
                return failure;   // a FITS header cut short is a broken file, whatever it was meant to be
            }
            String what = describe(c.file(), k, wanted, Wanted.RAW);
            return new WrongFileKindException(c.file(), c.opened() ? what : failure.getMessage() + "; " + what,
                    failure);
        }
        return failure;
    }

    /** @return true if the file's first header ends (an END card) within what {@link FileKinds} looks at */
    private static boolean headerComplete(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FitsHeaders.endCard(in.readNBytes(FileKinds.LOOK), 0) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A file that a local run could have meant.
     *
     * @param file the file
     * @param opened true if opening the run read this file, so that the failure was about it
     */
    private record Candidate(Path file, boolean opened) {
    }

    /**
     * The files a local run could have meant: the resource as given, the
     * file the local byte source read for it, then the file of the other
     * layout and an {@code .hcm} file of that name.
     */
    private static List<Candidate> candidates(SourceCode.Raw code, String resource) {
        List<Candidate> out = new ArrayList<>();
        add(out, resource, true);
        if (LocalFiles.NAME.equals(code.provider().name())) {
            boolean cube = Layout.FITS_CUBE.equals(code.format().layout());
            add(out, LocalFiles.fitsFile(resource).toString(), cube);
            add(out, LocalFiles.runName(resource) + ".xml", !cube);
            add(out, resource + Hcm.EXTENSION, false);
        }
        return out;
    }

    private static void add(List<Candidate> out, String name, boolean opened) {
        try {
            Path p = Path.of(name);
            if ((Files.isDirectory(p) || Files.isRegularFile(p))
                    && out.stream().noneMatch(c -> c.file().equals(p))) {
                out.add(new Candidate(p, opened));
            }
        } catch (InvalidPathException e) {
            // not a file name: nothing to look at
        }
    }

    /**
     * Refuses a list file that is not text: a folder, an {@code .hcm} file,
     * a raw run or another FITS file, or any file with NUL bytes in its start.
     *
     * @param list the list file given
     * @param start its first bytes (empty for a folder)
     * @throws WrongFileKindException if it is not a list
     */
    static void checkList(Path list, byte[] start) {
        FileKinds k = Files.isDirectory(list) ? new FileKinds(FileKinds.Kind.FOLDER, Optional.empty())
                : FileKinds.of(start);
        String wanted = "a list of .hcm files (source hf)";
        if (k.kind() != FileKinds.Kind.OTHER) {
            throw new WrongFileKindException(list, describe(list, k, wanted, Wanted.LIST), null);
        }
        for (int i = 0; i < start.length; i++) {
            if (start[i] == 0) {
                throw new WrongFileKindException(list, list + " is not a text file (byte " + (i + 1)
                        + " is NUL), so not " + wanted + ": a list names one .hcm file a line", null);
            }
        }
    }

    /**
     * Explains a failure to read an {@code .hcm} file by what the file is.
     *
     * @param file the file given as an {@code .hcm} file
     * @param prefix what to put before the message (a list's name and line), or ""
     * @param failure why reading failed
     * @return a {@link WrongFileKindException} if the file is of another kind, else {@code failure}
     */
    static HipercamException ofHcm(Path file, String prefix, HipercamException failure) {
        FileKinds k = FileKinds.of(file);
        if (k.kind() == FileKinds.Kind.OTHER || k.kind() == FileKinds.Kind.HCM
                || failure instanceof WrongFileKindException) {
            return failure;
        }
        return new WrongFileKindException(file, prefix + describe(file, k, "an .hcm file", Wanted.HCM), failure);
    }

    private static String describe(Path file, FileKinds k, String wanted, Wanted want) {
        return switch (k.kind()) {
            case HCM -> file + " is an .hcm file, not " + wanted + ": " + (want == Wanted.LIST
                    ? "name it in a list file, one .hcm file a line, or read it alone with rhcam (command line)"
                            + " or Open .hcm... (ImageJ)"
                    : "read it with rhcam (command line) or Open .hcm... (ImageJ), or name it in a list file"
                            + " for source hf");
            case RAW -> file + " is " + rawRun(k.source().orElse("?")) + ", not " + wanted + ": open it with"
                    + " source " + k.source().orElse("?");
            case OTHER_FITS -> file + " is a FITS file that is neither an .hcm file nor a raw run, so not "
                    + wanted + ": open it with File > Open in ImageJ";
            case FOLDER -> file + " is a folder, not " + wanted + ": " + switch (want) {
                case RAW -> "give the name of a run in it";
                case LIST -> "give a text file that names .hcm files, one a line";
                case HCM -> "give one .hcm file in it, or a list file of them with source hf";
            };
            case OTHER -> file + " is not " + wanted;
        };
    }

    /** @return e.g. "a raw ULTRACAM or ULTRASPEC run (source ul)", from the source FileKinds names */
    private static String rawRun(String source) {
        String format = switch (source) {
            case "hl" -> "hipercam";
            case "ul" -> "ultracam";
            default -> source.contains(":") ? source.substring(0, source.indexOf(':')) : source;
        };
        return rawRun(format, source);
    }

    /** @return e.g. "a raw HiPERCAM run (source hl)" */
    static String rawRun(String format, String source) {
        String instrument = switch (format) {
            case "hipercam" -> "HiPERCAM";
            case "ultracam", "ultraspec" -> "ULTRACAM or ULTRASPEC";
            default -> format;
        };
        return "a raw " + instrument + " run (source " + source + ")";
    }
}
