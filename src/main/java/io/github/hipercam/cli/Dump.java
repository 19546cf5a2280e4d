package io.github.hipercam.cli;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The canonical dump document {@code hipercam-dump/1} (see
 * {@code DUMP-FORMAT.md}): every frame a source yields, with geometry, pixel
 * sums and hashes and the timing items.
 */
public final class Dump {

    /** Top-level items of a frame's head, in dump order. */
    static final List<String> FRAME_KEYS = List.of("NFRAME", "TIMSTAMP", "MJDUTC", "GOODTIME", "EXPTIME");
    /** Items of a CCD's head, in dump order. */
    static final List<String> CCD_KEYS = List.of("MJDUTC", "EXPTIME", "GOODTIME", "DSTATUS");

    private Dump() {
    }

    /**
     * Dumps a source: {@code get_ccd_pars} as the reference gives it
     * ({@link Spoolers#ccdPars}), then every frame of the run opened with {@link Runs#open}.
     *
     * @param source source code
     * @param resource resource
     * @param first first frame (written as null for hf)
     * @param options options
     * @return the JSON document
     */
    public static String source(String source, String resource, int first, SpoolOptions options) {
        return source(source, resource, resource, first, options);
    }

    /**
     * As {@link #source(String, String, int, SpoolOptions)}, opening one
     * resource while the document names another (for {@code --chdir}).
     *
     * @param source source code
     * @param resource resource to open
     * @param shown resource written in the document
     * @param first first frame
     * @param options options
     * @return the JSON document
     */
    public static String source(String source, String resource, String shown, int first,
            SpoolOptions options) {
        return run(source, resource, shown, first, options).json();
    }

    /**
     * A dump, and whether {@code first} found no frame.
     *
     * @param json the document
     * @param noFrame why no frame was dumped (e.g. "run0001.fits has 3 complete frame(s); first = 99 is
     *     past the end"), or null if frames were dumped or the spool raised (then the document says why)
     */
    public record Result(String json, String noFrame) {
    }

    /**
     * As {@link #source(String, String, String, int, SpoolOptions)}, also
     * saying when {@code first} found no frame. The document is the same
     * either way: for a first past the end, the reference's spool simply
     * ends ({@code "frames": []}, {@code "end": "stop"}).
     *
     * @param source source code
     * @param resource resource to open
     * @param shown resource written in the document
     * @param first first frame
     * @param options options
     * @return the document and, if no frame was found, why
     */
    public static Result run(String source, String resource, String shown, int first, SpoolOptions options) {
        Json j = preamble(source, shown, "hf".equals(source) ? null : (Object) (long) first);
        j.key("type");
        int typeAt = j.length();
        j.value("MCCD");
        int typeEnd = j.length();
        j.key("ccd_pars");
        ccdPars(j, source, resource, options);
        j.key("frames").beginArray();
        int framesAt = j.length();
        String end;
        String error = null;
        String noFrame = null;
        try (OpenedRun run = Runs.open(source, resource, options); Spooler<Mccd> spool = run.spool(first)) {
            end = frames(j, spool);
            if (j.length() == framesAt) {
                noFrame = FrameText.noFrame(run.name(), "first = " + first, first, run.available());
            }
        } catch (HipercamException | java.io.UncheckedIOException e) {
            end = "error";
            error = e.getMessage();
        }
        boolean none = j.length() == framesAt;
        j.endArray();
        if (none) {
            // the reference names the type after the first frame it reads: none read, null
            j.replace(typeAt, typeEnd, "null");
        }
        return new Result(finish(j, end, error), noFrame);
    }

    /**
     * Dumps one .hcm file read with rhcam.
     *
     * @param file the file
     * @return the JSON document
     */
    public static String rhcam(Path file) {
        return rhcam(file, file.toString());
    }

    /**
     * @param file the file to read
     * @param shown resource written in the document
     * @return the JSON document
     */
    public static String rhcam(Path file, String shown) {
        Json j = preamble("rhcam", shown, null);
        j.key("ccd_pars").value(null);
        Frame f;
        try {
            f = Runs.readHcm(file);
        } catch (HipercamException e) {
            j.key("type").value(null);
            j.key("frames").beginArray().endArray();
            return finish(j, "error", e.getMessage());
        }
        j.key("type").value(f instanceof Mccd ? "MCCD" : "CCD");
        j.key("frames").beginArray();
        frame(j, 1, f);
        j.endArray();
        return finish(j, "stop", null);
    }

    private static Json preamble(String source, String resource, Object first) {
        Json j = new Json().beginObject();
        j.key("format").value("hipercam-dump/1");
        j.key("source").value(source);
        j.key("resource").value(resource);
        j.key("first").value(first);
        return j;
    }

    private static String finish(Json j, String end, String error) {
        j.key("end").value(end);
        if (error != null) {
            j.key("error").value(error);
        }
        return j.endObject().toString() + "\n";
    }

    private static void ccdPars(Json j, String source, String resource, SpoolOptions options) {
        List<CcdPars> pars;
        try {
            pars = Spoolers.ccdPars(source, resource, options);
        } catch (HipercamException e) {
            j.beginObject().key("error").value(e.getMessage()).endObject();
            return;
        }
        j.beginArray();
        for (CcdPars p : pars) {
            j.beginObject().key("label").value(p.label()).key("nxmax").value((long) p.nxmax())
                    .key("nymax").value((long) p.nymax()).key("nxpad").value((long) p.nxpad())
                    .key("nypad").value((long) p.nypad()).endObject();
        }
        j.endArray();
    }

    private static String frames(Json j, Spooler<Mccd> spool) {
        int index = 0;
        while (true) {
            Poll<Mccd> p = spool.poll();
            if (p instanceof Poll.Ready<Mccd> r) {
                frame(j, ++index, r.frame());
            } else {
                return p instanceof Poll.End<Mccd> ? "stop" : "none";
            }
        }
    }

    static void frame(Json j, int index, Frame f) {
        j.beginObject().key("index").value((long) index);
        j.key("head");
        if (f instanceof Mccd m) {
            items(j, m.head(), FRAME_KEYS);
            j.key("ccds").beginArray();
            for (Map.Entry<String, Ccd> e : m.ccds().entrySet()) {
                ccd(j, e.getKey(), e.getValue());
            }
        } else {
            j.value(null);
            j.key("ccds").beginArray();
            ccd(j, null, (Ccd) f);
        }
        j.endArray().endObject();
    }

    private static void ccd(Json j, String label, Ccd c) {
        j.beginObject().key("label").value(label);
        j.key("nxtot").value((long) c.nxtot()).key("nytot").value((long) c.nytot());
        j.key("nxpad").value((long) c.nxpad()).key("nypad").value((long) c.nypad());
        j.key("head");
        items(j, c.head(), CCD_KEYS);
        j.key("windows").beginArray();
        for (Map.Entry<String, Window> e : c.windows().entrySet()) {
            window(j, e.getKey(), e.getValue());
        }
        j.endArray().endObject();
    }

    private static void items(Json j, Header h, List<String> keys) {
        j.beginObject();
        for (String k : keys) {
            if (h.has(k)) {
                j.key(k).value(h.get(k));
            }
        }
        j.endObject();
    }

    private static void window(Json j, String label, Window w) {
        Winhead g = w.geometry();
        j.beginObject().key("label").value(label);
        j.key("llx").value((long) g.llx()).key("lly").value((long) g.lly());
        j.key("xbin").value((long) g.xbin()).key("ybin").value((long) g.ybin());
        j.key("nx").value((long) g.nx()).key("ny").value((long) g.ny());
        j.key("sum").value(w.sum());
        j.key("sha256").value(sha256(w));
        j.endObject();
    }

    /**
     * @param w a window
     * @return hex SHA-256 of its pixels as little-endian float32, bottom row first
     */
    public static String sha256(Window w) {
        float[] px = w.toFloats();
        ByteBuffer buf = ByteBuffer.allocate(px.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(px);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(buf.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
