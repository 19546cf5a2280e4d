package io.github.hipercam.spool;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import java.nio.file.Path;
import java.util.List;

/**
 * The reference's {@code data_source} and {@code get_ccd_pars}.
 *
 * <pre>{@code
 * try (Spooler<Mccd> spool = Spoolers.open("hl", "run0012", 1, SpoolOptions.defaults())) {
 *     for (Mccd frame : spool) {
 *         double mjd = (Double) frame.ccd("1").head().get("MJDUTC");
 *     }
 * }
 * }</pre>
 *
 * <p>Source codes: {@code hl} (local HiPERCAM run), {@code hs} (HiPERCAM
 * server), {@code ul} (local ULTRACAM/ULTRASPEC run), {@code us} (ULTRACAM
 * server), {@code hf} (list of .hcm files), and {@code NAME:local} or
 * {@code NAME:server} for any registered {@link Instrument}.
 */
public final class Spoolers {

    /** The built-in source codes. */
    public static final List<String> SOURCES = List.of("hl", "hs", "ul", "us", "hf");

    private Spoolers() {
    }

    /**
     * @param source source code
     * @param resource run name, list file or server run
     * @param first first frame (ignored for hf): 1 the first, 0 the last
     *     complete one, negative that many before the last
     * @param options per-source options
     * @return a spooler of whole frames
     */
    public static Spooler<Mccd> open(String source, String resource, int first, SpoolOptions options) {
        if ("hf".equals(source)) {
            return HcamListSpool.ofFile(Path.of(resource));
        }
        RawSource raw = RawSource.parse(source);
        return raw.instrument().openSpooler(resource, raw.access(), first, options);
    }

    /**
     * @param source source code
     * @param resource run name, list file or server run
     * @param first first frame
     * @return a spooler with default options
     */
    public static Spooler<Mccd> open(String source, String resource, int first) {
        return open(source, resource, first, SpoolOptions.defaults());
    }

    /**
     * Opens a source for one CCD only. For {@code hf} only that CCD is read
     * from each file.
     *
     * @param source source code
     * @param resource run name or list file
     * @param first first frame (ignored for hf)
     * @param ccd CCD label
     * @param options per-source options
     * @return a spooler of single CCDs
     */
    public static Spooler<Ccd> openCcd(String source, String resource, int first, String ccd,
            SpoolOptions options) {
        if ("hf".equals(source)) {
            return HcamListSpool.ofFile(Path.of(resource), ccd);
        }
        return new CcdSpooler(open(source, resource, first, options), ccd);
    }

    /**
     * Opens a source for random access by frame number (for {@code hf}, frame
     * n is the n-th file of the list).
     *
     * @param source source code
     * @param resource run
     * @param options per-source options
     * @return the reader
     */
    public static RunReader<Mccd> openReader(String source, String resource, SpoolOptions options) {
        if ("hf".equals(source)) {
            return HcamListSpool.reader(Path.of(resource));
        }
        RawSource raw = RawSource.parse(source);
        return raw.instrument().openReader(resource, raw.access(), options);
    }

    /**
     * The reference's {@code get_ccd_pars}.
     *
     * @param source source code
     * @param resource run name or list file
     * @param options per-source options
     * @return (label, nxmax, nymax, nxpad, nypad) of each CCD, in order
     */
    public static List<CcdPars> ccdPars(String source, String resource, SpoolOptions options) {
        if ("hf".equals(source)) {
            return Hcm.ccdInfo(HcamListSpool.firstFile(Path.of(resource)));
        }
        RawSource raw = RawSource.parse(source);
        return raw.instrument().ccdPars(resource, raw.access(), options);
    }

    /**
     * @param source source code
     * @param resource run name or list file
     * @return as {@link #ccdPars(String, String, SpoolOptions)} with default options
     */
    public static List<CcdPars> ccdPars(String source, String resource) {
        return ccdPars(source, resource, SpoolOptions.defaults());
    }

    /** A source code resolved to an instrument and an access path. */
    record RawSource(Instrument instrument, Access access) {

        static RawSource parse(String source) {
            if (source == null) {
                throw unknown("null");
            }
            switch (source) {
                case "hl": return of("hipercam", Access.LOCAL, source);
                case "hs": return of("hipercam", Access.SERVER, source);
                case "ul": return of("ultracam", Access.LOCAL, source);
                case "us": return of("ultracam", Access.SERVER, source);
                default: break;
            }
            int colon = source.indexOf(':');
            if (colon < 0) {
                throw unknown(source);
            }
            String suffix = source.substring(colon + 1);
            Access access = switch (suffix) {
                case "local" -> Access.LOCAL;
                case "server" -> Access.SERVER;
                default -> throw new InvalidArgumentException("'" + source + "': a plugin source must"
                        + " end with ':local' or ':server', e.g. 'hipercam:local'");
            };
            return of(source.substring(0, colon), access, source);
        }

        private static RawSource of(String name, Access access, String source) {
            Instrument i = Instruments.get(name);
            if (access == Access.SERVER && !i.supportsServer()) {
                throw new InvalidArgumentException("'" + source + "': instrument " + name
                        + " has no server access");
            }
            return new RawSource(i, access);
        }

        private static InvalidArgumentException unknown(String source) {
            return new InvalidArgumentException("'" + source + "' is not a recognised data source;"
                    + " valid choices are " + SOURCES + " or NAME:local / NAME:server with NAME one of "
                    + Instruments.names());
        }
    }
}
