package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.format.RawHeader;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.util.List;

/**
 * The reference's {@code data_source} and {@code get_ccd_pars}, for code that
 * wants a spool and nothing else. Each call opens the run with
 * {@link Runs#open}; the spool owns it, so closing the spool closes the run.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = Spoolers.open("hl", "run0012", 1)) {
 *     for (Mccd frame : spool) {
 *         double mjd = (Double) frame.ccd("1").head().get("MJDUTC");
 *     }
 * }
 * }</pre>
 *
 * <p>Source codes: {@code hl} (local HiPERCAM run), {@code hs} (HiPERCAM
 * server), {@code ul} (local ULTRACAM/ULTRASPEC run), {@code us} (ULTRACAM
 * server), {@code hf} (list of .hcm files), and {@code NAME:local},
 * {@code NAME:server} or {@code NAME:PROVIDER} for any registered format
 * (see {@link SourceCode}).
 */
public final class Spoolers {

    /** The built-in source codes. */
    public static final List<String> SOURCES = SourceCode.BUILT_IN;

    private Spoolers() {
    }

    /**
     * The reference's {@code data_source}: a spool of whole frames (see
     * {@link OpenedRun#spool(int)} for the meaning of {@code first}).
     *
     * @param source source code
     * @param resource run name, list file or server run
     * @param first first frame: 1 the first, 0 the newest complete one,
     *     negative that many before the newest
     * @param options per-source options; {@code options.ccd()} must be null
     *     (use {@link #openCcd(String, String, int, SpoolOptions)} for one CCD)
     * @return a spool that owns the run
     */
    public static Spooler<Mccd> open(String source, String resource, int first, SpoolOptions options) {
        if (options.ccd() != null) {
            throw new InvalidArgumentException("options ask for CCD '" + options.ccd()
                    + "' alone; open single CCDs with Spoolers.openCcd, whole frames with options.withCcd(null)");
        }
        OpenedRun run = Runs.open(source, resource, options);
        return Owning.of(run, () -> run.spool(first));
    }

    /**
     * @param source source code
     * @param resource run name, list file or server run
     * @param first first frame
     * @return a spool with default options
     */
    public static Spooler<Mccd> open(String source, String resource, int first) {
        return open(source, resource, first, SpoolOptions.defaults());
    }

    /**
     * A spool of one CCD of each frame. The label is checked against the
     * run's {@code get_ccd_pars} first, so a wrong label fails at once.
     *
     * @param source source code
     * @param resource run name or list file
     * @param first first frame
     * @param ccd CCD label
     * @param options per-source options
     * @return a spool of single CCDs that owns the run
     */
    public static Spooler<Ccd> openCcd(String source, String resource, int first, String ccd,
            SpoolOptions options) {
        OpenedRun run = Runs.open(source, resource, options);
        return Owning.of(run, () -> run.spool(first, ccd));
    }

    /**
     * As {@link #openCcd(String, String, int, String, SpoolOptions)}, the
     * label coming from {@code options.ccd()}.
     *
     * @param source source code
     * @param resource run name or list file
     * @param first first frame
     * @param options per-source options, with the CCD label set
     * @return a spool of single CCDs that owns the run
     */
    public static Spooler<Ccd> openCcd(String source, String resource, int first, SpoolOptions options) {
        if (options.ccd() == null) {
            throw new InvalidArgumentException("openCcd needs a CCD label: options.withCcd(\"1\"), say");
        }
        return openCcd(source, resource, first, options.ccd(), options.withCcd(null));
    }

    /**
     * The reference's {@code get_ccd_pars}. Formats whose CCDs are fixed
     * (HiPERCAM) answer without opening the run, as the reference does; an
     * ULTRACAM run's header is read; a list's first file's headers are read,
     * without pixels.
     *
     * @param source source code
     * @param resource run name or list file
     * @param options per-source options
     * @return (label, nxmax, nymax, nxpad, nypad) of each CCD, in order
     */
    public static List<CcdPars> ccdPars(String source, String resource, SpoolOptions options) {
        SourceCode code = SourceCode.parse(source);
        Runs.checkResource(source, resource);
        if (code instanceof SourceCode.Raw raw) {
            try {
                return raw.format().ccdPars(() -> header(raw, resource, options), options);
            } catch (HipercamException e) {
                throw WrongKind.ofRaw(raw, resource, e);
            }
        }
        try (OpenedRun run = Runs.open(source, resource, options)) {
            return run.ccdPars();
        }
    }

    private static RawHeader header(SourceCode.Raw raw, String resource, SpoolOptions options) {
        try (ByteSource b = raw.provider().open(resource, raw.format().layout(), options)) {
            return new RawHeader(resource, b.name(), b.header());
        }
    }

    /**
     * @param source source code
     * @param resource run name or list file
     * @return as {@link #ccdPars(String, String, SpoolOptions)} with default options
     */
    public static List<CcdPars> ccdPars(String source, String resource) {
        return ccdPars(source, resource, SpoolOptions.defaults());
    }

    /** @return every source code that {@link #open} accepts now */
    public static List<String> validChoices() {
        return SourceCode.validChoices();
    }

    /**
     * @param source a source code
     * @return true if it reads from a file server ({@code hs}, {@code us}, {@code NAME:server})
     */
    public static boolean isServer(String source) {
        return SourceCode.parse(source).isServer();
    }
}
