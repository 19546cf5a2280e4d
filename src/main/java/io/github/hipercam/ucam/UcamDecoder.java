package io.github.hipercam.ucam;

import io.github.hipercam.ucam.timing.UcamTimes;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.HeaderTemplate;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes frames of one run: a frame is a pure function of the run's
 * {@link UcamReadout}, the frame's bytes and its {@link UcamTimes}. The
 * decoder is immutable and may be shared between threads.
 *
 * <p>What it gives matches the reference's {@code Rdata}:
 * <ul>
 *   <li>ULTRACAM: CCDs "1", "2", "3" (red, green, blue), each 1080 x 1032
 *       with windows "1", "2", ... (left, right of each pair; 6 windows in
 *       the overscan modes). The first window of each CCD holds CCDNAME,
 *       TIMSTAMP, MJDINT, MJDFRAC, MJDUTC, EXPTIME, GOODTIME, MJDOKWHY, and
 *       for the blue CCD DSTATUS (false when the blue frame is junk, nblue &gt; 1).
 *       The frame header is the run's header plus RUN, NFRAME, MIDNIGHT,
 *       FRAMEERR and the red/green TIMSTAMP, MJDUTC, GOODTIME, EXPTIME.</li>
 *   <li>ULTRASPEC: one CCD "1", 1056 x 1072, windows "1", "2", ...; the
 *       reference puts the time items, then the run's header and the frame
 *       items, in both the first window and the frame header, and so does
 *       this.</li>
 * </ul>
 */
public final class UcamDecoder {

    private static final String[] UCAM_NAMES = {"Red CCD", "Green CCD", "Blue CCD"};

    private final UcamReadout readout;
    private final UcamLayout layout;
    private final UcamPixels pixels;
    /** ULTRACAM: the header of each CCD's first window; ULTRASPEC: none. */
    private final HeaderTemplate[] ccdHeads;
    /** The frame's header (ULTRASPEC: also its first window's). */
    private final HeaderTemplate top;

    private UcamDecoder(UcamReadout readout) {
        this.readout = Objects.requireNonNull(readout, "readout");
        this.layout = UcamLayout.of(readout);
        this.pixels = UcamPixels.of(layout);
        if (readout.camera() == UcamCamera.ULTRASPEC) {
            this.ccdHeads = new HeaderTemplate[0];
            HeaderTemplate.Builder b = UcamFrameHeaders.ccdSlots(HeaderTemplate.builder(), "ULTRASPEC",
                    "Time at mid-exposure, UTC").addAll(readout.header());
            this.top = UcamFrameHeaders.frameSlots(b, readout.run()).build();
        } else {
            this.ccdHeads = new HeaderTemplate[UCAM_NAMES.length];
            for (int c = 0; c < ccdHeads.length; c++) {
                boolean blue = c == 2;
                HeaderTemplate.Builder b = UcamFrameHeaders.ccdSlots(HeaderTemplate.builder(), UCAM_NAMES[c],
                        blue ? "Time at mid-exposure, UTC" : "Raw frame timestamp, UTC");
                ccdHeads[c] = (blue ? b.slot("DSTATUS", "blue data status flag") : b).build();
            }
            this.top = UcamFrameHeaders.frameSlots(HeaderTemplate.builder().addAll(readout.header()), readout.run())
                    .slot("TIMSTAMP", "Red/Green time at mid exposure, UTC")
                    .slot("MJDUTC", "Red/Green time at mid exposure, UTC")
                    .slot("GOODTIME", "flag indicating reliability of time")
                    .slot("EXPTIME", "Exposure time (sec)")
                    .build();
        }
    }

    /**
     * @param readout the run's readout
     * @return its decoder
     * @throws io.github.hipercam.FormatException if the windows cannot be laid out
     */
    public static UcamDecoder of(UcamReadout readout) {
        return new UcamDecoder(readout);
    }

    /** @return the readout */
    public UcamReadout readout() {
        return readout;
    }

    /**
     * @param frame the frame's bytes: exactly {@code framesize} of them
     * @param nframe the frame's number, 1-based
     * @param times the frame's times
     * @return the frame
     * @throws TruncatedDataException if the bytes are not a whole frame
     */
    public Mccd decode(byte[] frame, int nframe, UcamTimes times) {
        return decode(ByteBuffer.wrap(frame), nframe, times);
    }

    /**
     * As {@link #decode(byte[], int, UcamTimes)}, from a buffer (a memory
     * map of the file, say), read with absolute gets from index 0.
     */
    Mccd decode(ByteBuffer frame, int nframe, UcamTimes times) {
        if (frame.limit() != readout.framesize()) {
            throw new TruncatedDataException(readout.run() + ", frame " + nframe + ": got " + frame.limit()
                    + " bytes, expected framesize = " + readout.framesize());
        }
        List<List<Window>> wins = pixels.decode(frame, readout.timingBytes());
        String where = readout.run() + ", frame " + nframe;
        if (readout.camera() == UcamCamera.ULTRASPEC) {
            return ultraspec(wins.get(0), nframe, times, where);
        }
        return ultracam(wins, nframe, times, where);
    }

    /**
     * The value a writer of synthetic runs puts at each visible pixel.
     */
    @FunctionalInterface
    public interface PixelSource {
        /**
         * @param ccd CCD index, 1-based
         * @param window window index within the CCD, 1-based
         * @param x unbinned x of the binned pixel's lower-left corner, as the decoded window places it
         * @param y unbinned y likewise
         * @return the 16-bit value, 0 to 65535
         */
        int value(int ccd, int window, int x, int y);
    }

    /**
     * The inverse of {@link #decode} for pixels: the pixel bytes of a frame
     * (everything after the timing bytes) whose decoded windows hold
     * {@code source}'s values. Words that no window shows (stripped or
     * chopped columns) hold {@code junk}. Used by the synthetic-run writer.
     *
     * @param source the value of each visible pixel
     * @param junk the value of hidden words
     * @return {@code framesize - 2 * headerwords} bytes
     */
    public byte[] encodePixels(PixelSource source, int junk) {
        int words = (readout.framesize() - readout.timingBytes()) / 2;
        short[] raw = new short[words];
        Arrays.fill(raw, (short) junk);
        for (int c = 0; c < layout.ccds().size(); c++) {
            List<UcamLayout.Cut> cuts = layout.ccds().get(c);
            for (int w = 0; w < cuts.size(); w++) {
                fill(raw, cuts.get(w), c + 1, w + 1, source);
            }
        }
        ByteBuffer out = ByteBuffer.allocate(2 * words).order(ByteOrder.LITTLE_ENDIAN);
        out.asShortBuffer().put(raw);
        return out.array();
    }

    private static void fill(short[] raw, UcamLayout.Cut cut, int ccd, int win, PixelSource source) {
        Winhead g = cut.geometry();
        int col0 = 0;
        for (UcamLayout.Block b : cut.blocks()) {
            for (int iy = 0; iy < g.ny(); iy++) {
                for (int j = 0; j < b.ncols(); j++) {
                    int x = g.llx() + (col0 + j) * g.xbin();
                    int y = g.lly() + iy * g.ybin();
                    raw[b.start() + iy * b.rowStep() + j * b.colStep()] = (short) source.value(ccd, win, x, y);
                }
            }
            col0 += b.ncols();
        }
    }

    private Mccd ultracam(List<List<Window>> pixels, int nframe, UcamTimes t, String where) {
        Map<String, Ccd> ccds = new LinkedHashMap<>();
        String stamp = UcamFrameHeaders.timestamp(t.time().mjd(), where);
        String blueStamp = t.blue().mjd() == t.time().mjd() ? stamp : UcamFrameHeaders.timestamp(t.blue().mjd(), where);
        for (int c = 0; c < 3; c++) {
            boolean blue = c == 2;
            Object[] v = new Object[ccdHeads[c].slots()];
            UcamFrameHeaders.ccdValues(blue ? t.blue() : t.time(), blue ? blueStamp : stamp, where, v, 0);
            if (blue) {
                v[UcamFrameHeaders.CCD_VALUES] = !t.badBlue();
            }
            ccds.put(Integer.toString(c + 1), ccd(pixels.get(c), ccdHeads[c].fill(v)));
        }
        Object[] v = new Object[top.slots()];
        UcamFrameHeaders.frameValues(nframe, t, v, 0);
        int at = UcamFrameHeaders.FRAME_VALUES;
        v[at] = stamp;
        v[at + 1] = t.time().mjd();
        v[at + 2] = t.time().good();
        v[at + 3] = t.time().expose();
        return new Mccd(ccds, top.fill(v));
    }

    private Mccd ultraspec(List<Window> wins, int nframe, UcamTimes t, String where) {
        Object[] v = new Object[top.slots()];
        UcamFrameHeaders.ccdValues(t.time(), UcamFrameHeaders.timestamp(t.time().mjd(), where), where, v, 0);
        UcamFrameHeaders.frameValues(nframe, t, v, UcamFrameHeaders.CCD_VALUES);
        Header head = top.fill(v);
        return new Mccd(Map.of("1", ccd(wins, head)), head);
    }

    private Ccd ccd(List<Window> wins, Header first) {
        Map<String, Window> map = new LinkedHashMap<>();
        for (int i = 0; i < wins.size(); i++) {
            Window w = wins.get(i);
            map.put(Integer.toString(i + 1), i == 0 ? w.withHeader(first) : w);
        }
        return new Ccd(map, readout.camera().nxmax(), readout.camera().nymax(), 0, 0);
    }
}
