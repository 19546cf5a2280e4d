package io.github.hipercam.spool;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Mccd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's {@code grab}: writes frames of a run to {@code .hcm} files
 * named {@code ROOT_NNNN.hcm}, where ROOT is the run's name without folder
 * or {@code .fits} and NNNN the frame number with {@code ndigit} digits.
 *
 * <p>Each file is written under a temporary name and renamed into place, so
 * an interrupted grab never leaves a half-written {@code .hcm}. Existing files
 * are never replaced unless {@code overwrite} is set: the grab stops with a
 * {@link FileExistsException} before touching them. Unlike the reference,
 * the number in a file name is the frame's own number in the run, also when
 * starting from the last frame ({@code first = 0}).
 */
public final class Grab {

    /**
     * Digits of the frame number in names unless asked otherwise: 3, the
     * default of the reference's {@code grab} ({@code ndigit}), for the
     * command line and Export Frames alike, so that both name the same
     * frame the same file.
     */
    public static final int DEFAULT_NDIGIT = 3;

    /**
     * Writes one frame to its file. The standard writer is {@link Hcm#write},
     * which writes a temporary file beside the target and renames it; tests
     * pass a writer that fails part way.
     */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param file the target
         * @param frame the frame
         * @param overwrite replace an existing target
         */
        void write(Path file, Mccd frame, boolean overwrite);
    }

    /** Told after each file is written. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param frame frame number in the run
         * @param written files written so far
         * @param file the file just written
         */
        void written(int frame, int written, Path file);
    }

    /**
     * What to grab and where.
     *
     * @param dir output folder
     * @param root file-name root, e.g. "run0012"
     * @param ndigit digits of the frame number in names
     * @param last last frame to write (0: until the run ends or hang-about gives up)
     * @param overwrite replace existing files
     */
    public record Settings(Path dir, String root, int ndigit, int last, boolean overwrite) {
        /** Validates the values. */
        public Settings {
            if (ndigit < 1 || ndigit > 9) {
                throw new InvalidArgumentException("ndigit must be 1 to 9, got " + ndigit);
            }
            if (last < 0) {
                throw new InvalidArgumentException("last must be 0 (to the end) or a frame number, got " + last);
            }
            if (root == null || root.isBlank()) {
                throw new InvalidArgumentException("grab needs a file-name root");
            }
        }

        /**
         * @param frame frame number
         * @return the file for that frame
         */
        public Path fileFor(int frame) {
            return dir.resolve(String.format("%s_%0" + ndigit + "d%s", root, frame, Hcm.EXTENSION));
        }
    }

    private Grab() {
    }

    /**
     * @param resource a run name such as "data/run0012" or "run0012.fits"
     * @return the root the reference uses for grabbed names: "run0012"
     */
    public static String rootOf(String resource) {
        String run = resource.endsWith(".fits") ? resource.substring(0, resource.length() - 5) : resource;
        Path name = Path.of(run).getFileName();
        if (name == null || name.toString().isEmpty()) {
            throw new InvalidArgumentException("'" + resource + "' has no run name to build file names from");
        }
        return name.toString();
    }

    /**
     * The files of frames {@code first .. settings.last()} that exist
     * already, so that a grab can refuse before it writes anything.
     *
     * @param settings names and limits
     * @param first first frame number to be written (1 or more)
     * @return the existing files, empty if overwriting or if the last frame is open-ended
     */
    public static List<Path> existing(Settings settings, int first) {
        List<Path> out = new ArrayList<>();
        if (settings.overwrite() || settings.last() == 0 || first < 1) {
            return out;
        }
        for (int n = first; n <= settings.last(); n++) {
            if (Files.exists(settings.fileFor(n))) {
                out.add(settings.fileFor(n));
            }
        }
        return out;
    }

    /**
     * Writes frames until the run ends, {@code last} is passed, or the
     * hang-about policy gives up.
     *
     * @param spool the source, positioned at the first frame wanted
     * @param settings names and limits
     * @param hang what to do while a live run has no new frame
     * @param progress told after each file (may be null)
     * @return the files written
     */
    public static List<Path> run(Spooler<Mccd> spool, Settings settings, HangAbout hang, Progress progress) {
        return run(spool, settings, hang, progress, Hcm::write);
    }

    /**
     * As {@link #run(Spooler, Settings, HangAbout, Progress)}, writing through
     * the given writer.
     *
     * @param spool the source, positioned at the first frame wanted
     * @param settings names and limits
     * @param hang what to do while a live run has no new frame
     * @param progress told after each file (may be null)
     * @param writer writes one file
     * @return the files written
     */
    public static List<Path> run(Spooler<Mccd> spool, Settings settings, HangAbout hang, Progress progress,
            Writer writer) {
        List<Path> written = new ArrayList<>();
        while (true) {
            Poll<Mccd> p = hang.next(spool);
            if (!(p instanceof Poll.Ready<Mccd> r)) {
                return written;
            }
            if (settings.last() > 0 && r.number() > settings.last()) {
                return written;
            }
            Path file = settings.fileFor(r.number());
            if (!settings.overwrite() && Files.exists(file)) {
                throw new FileExistsException(file);
            }
            writer.write(file, r.frame(), settings.overwrite());
            written.add(file);
            if (progress != null) {
                progress.written(r.number(), written.size(), file);
            }
            if (settings.last() > 0 && r.number() >= settings.last()) {
                return written;
            }
        }
    }
}
