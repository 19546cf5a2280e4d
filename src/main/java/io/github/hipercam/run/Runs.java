package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.format.RunFormat;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Frame;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way to open a run, for every source and every entry point: the
 * library, the command line, the ImageJ commands, the macros and the file
 * server all call {@link #open}.
 *
 * <pre>{@code
 * try (OpenedRun run = Runs.open("ul", "run012", SpoolOptions.defaults())) {
 *     try (Spooler<Mccd> spool = run.spool(1)) {
 *         for (Mccd frame : spool) { ... }
 *     }
 * }
 * }</pre>
 */
public final class Runs {

    private Runs() {
    }

    /**
     * Opens a run: resolves the source code, opens the run's bytes, reads its
     * header and parses it, once.
     *
     * @param source {@code hl}, {@code hs}, {@code ul}, {@code us}, {@code hf},
     *     or {@code FORMAT:local}, {@code FORMAT:server}, {@code FORMAT:PROVIDER}
     * @param resource the run, list file or server run
     * @param options per-source options
     * @return the opened run, owned by the caller
     * @throws InvalidArgumentException for an unknown source or a blank resource
     * @throws io.github.hipercam.WrongFileKindException if a local file given is of another kind
     *     ({@code .hcm} file, plain FITS image, folder, run of another format, binary file as a list)
     * @throws io.github.hipercam.HipercamException if the run cannot be opened or its header read
     */
    public static OpenedRun open(String source, String resource, SpoolOptions options) {
        SourceCode code = SourceCode.parse(source);
        checkResource(source, resource);
        if (code instanceof SourceCode.Raw raw) {
            return openRaw(raw, resource, options);
        }
        return ListRun.open(source, resource, options);
    }

    /**
     * Opens a list of {@code .hcm} files named in memory (the reference's
     * {@code HcamListSpool} of a Python list).
     *
     * @param names file names
     * @param options per-source options
     * @return the opened list
     */
    public static OpenedRun openList(List<String> names, SpoolOptions options) {
        return ListRun.of(names, options);
    }

    /**
     * The reference's {@code rhcam} for entry points: one {@code .hcm} file
     * read whole with {@link Hcm#read}. A folder, a raw run or another FITS
     * file given instead is named for what it is and what reads it.
     *
     * @param file an {@code .hcm} file
     * @return its CCD or MCCD
     * @throws io.github.hipercam.WrongFileKindException if the file is of another kind
     * @throws HipercamException if it cannot be read
     */
    public static Frame readHcm(Path file) {
        try {
            return Hcm.read(file);
        } catch (HipercamException e) {
            throw WrongKind.ofHcm(file, "", e);
        }
    }

    /**
     * Opens a raw run; if a local one cannot be opened, a file of another
     * kind (an {@code .hcm} file, a plain FITS image, a folder, a run of
     * another format) is named for what it is and what reads it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static OpenedRun openRaw(SourceCode.Raw raw, String resource, SpoolOptions options) {
        try {
            return FramedRun.open(raw, (RunFormat) raw.format(), resource, options);
        } catch (HipercamException e) {
            throw WrongKind.ofRaw(raw, resource, e);
        }
    }

    /**
     * @param source a source code
     * @param resource what was given for it
     * @throws InvalidArgumentException if the resource is missing or blank
     */
    static void checkResource(String source, String resource) {
        if (resource == null || resource.isBlank()) {
            throw new InvalidArgumentException("source " + source + " needs a resource (run name or file list),"
                    + " got " + (resource == null ? "none" : "'" + resource + "'"));
        }
    }
}
