package io.github.hipercam.spool;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private static final String HF = "hf";

    private Spoolers() {
    }

    /**
     * The reference's {@code data_source}: a spooler of whole frames.
     *
     * @param source source code
     * @param resource run name, list file or server run
     * @param first first frame (ignored for hf, as in the reference): 1 the
     *     first, 0 the last complete one, negative that many before the last
     * @param options per-source options; {@code options.ccd()} must be null
     *     (use {@link #openCcd(String, String, int, SpoolOptions)} for one CCD)
     * @return a spooler of whole frames
     * @throws InvalidArgumentException for an unknown source, naming the valid choices
     */
    public static Spooler<Mccd> open(String source, String resource, int first, SpoolOptions options) {
        checkResource(source, resource);
        if (options.ccd() != null) {
            throw new InvalidArgumentException("options ask for CCD '" + options.ccd()
                    + "' alone; open single CCDs with Spoolers.openCcd, whole frames with options.withCcd(null)");
        }
        if (HF.equals(source)) {
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
     * Opens a source for the one CCD named by {@code options.ccd()}. For
     * {@code hf} only that CCD is read from each file. The label is checked
     * against {@link #ccdPars} first, so a wrong label fails at once, naming
     * the labels there are.
     *
     * @param source source code
     * @param resource run name or list file
     * @param first first frame (ignored for hf)
     * @param options per-source options, with the CCD label set
     * @return a spooler of single CCDs
     */
    public static Spooler<Ccd> openCcd(String source, String resource, int first, SpoolOptions options) {
        checkResource(source, resource);
        String ccd = options.ccd();
        if (ccd == null) {
            throw new InvalidArgumentException("openCcd needs a CCD label: options.withCcd(\"1\"), say");
        }
        List<String> labels = ccdPars(source, resource, options).stream().map(CcdPars::label).toList();
        if (!labels.contains(ccd)) {
            throw new InvalidArgumentException(resource + ": no CCD '" + ccd + "'; CCDs are " + labels);
        }
        if (HF.equals(source)) {
            return HcamListSpool.ofFile(Path.of(resource), ccd);
        }
        return new CcdSpooler(open(source, resource, first, options.withCcd(null)), ccd);
    }

    /**
     * As {@link #openCcd(String, String, int, SpoolOptions)} with the label given apart.
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
        return openCcd(source, resource, first, options.withCcd(ccd));
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
        checkResource(source, resource);
        if (HF.equals(source)) {
            return HcamListSpool.reader(Path.of(resource));
        }
        RawSource raw = RawSource.parse(source);
        return raw.instrument().openReader(resource, raw.access(), options);
    }

    /**
     * The reference's {@code get_ccd_pars}. For {@code hf} the geometry comes
     * from the headers of the list's first file; no pixels are read.
     *
     * @param source source code
     * @param resource run name or list file
     * @param options per-source options
     * @return (label, nxmax, nymax, nxpad, nypad) of each CCD, in order
     */
    public static List<CcdPars> ccdPars(String source, String resource, SpoolOptions options) {
        checkResource(source, resource);
        if (HF.equals(source)) {
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

    /**
     * @return every source code that {@link #open} accepts now: the built-in
     *     codes, then {@code NAME:local} and, where supported,
     *     {@code NAME:server} for each registered instrument
     */
    public static List<String> validChoices() {
        List<String> out = new ArrayList<>(SOURCES);
        for (Instrument i : Instruments.all().values()) {
            out.add(i.name() + ":local");
            if (i.supportsServer()) {
                out.add(i.name() + ":server");
            }
        }
        return out;
    }

    /**
     * @param source a source code
     * @return true if it reads from a file server ({@code hs}, {@code us}, {@code NAME:server})
     */
    public static boolean isServer(String source) {
        return "hs".equals(source) || "us".equals(source) || (source != null && source.endsWith(":server"));
    }

    private static void checkResource(String source, String resource) {
        if (source == null) {
            throw RawSource.invalid("null", "is not a recognised data source");
        }
        if (resource == null || resource.isBlank()) {
            throw new InvalidArgumentException("source " + source + " needs a resource (run name or file list),"
                    + " got " + (resource == null ? "none" : "'" + resource + "'"));
        }
    }

    /** A source code resolved to an instrument and an access path. */
    record RawSource(Instrument instrument, Access access) {

        static RawSource parse(String source) {
            switch (source) {
                case "hl": return of("hipercam", Access.LOCAL, source);
                case "hs": return of("hipercam", Access.SERVER, source);
                case "ul": return of("ultracam", Access.LOCAL, source);
                case "us": return of("ultracam", Access.SERVER, source);
                default: break;
            }
            int colon = source.indexOf(':');
            if (colon < 0) {
                throw invalid(source, "is not a recognised data source");
            }
            String suffix = source.substring(colon + 1);
            Access access = switch (suffix) {
                case "local" -> Access.LOCAL;
                case "server" -> Access.SERVER;
                default -> throw invalid(source, "has suffix ':" + suffix + "'; a plugin source must end with"
                        + " ':local' or ':server'");
            };
            return of(source.substring(0, colon), access, source);
        }

        private static RawSource of(String name, Access access, String source) {
            Instrument i = Instruments.all().get(name);
            if (i == null) {
                throw invalid(source, "names instrument '" + name + "', which is not registered");
            }
            if (access == Access.SERVER && !i.supportsServer()) {
                throw invalid(source, "asks for a server, but instrument " + name + " has no server access");
            }
            return new RawSource(i, access);
        }

        static InvalidArgumentException invalid(String source, String why) {
            return new InvalidArgumentException("'" + source + "' " + why + "; valid choices are "
                    + String.join(", ", validChoices()));
        }
    }
}
