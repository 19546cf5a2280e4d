package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.HeaderTemplate;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the bytes of one frame into an {@link Mccd}: a pure function of the
 * {@link HcamReadout} and the bytes. The frame's number and times come from
 * its own timing bytes, so a frame decodes the same whichever frames were
 * read before it.
 */
public final class HcamDecoder {

    private static final System.Logger LOG = System.getLogger(HcamDecoder.class.getName());

    private static final String[] CCD_LABELS = {"1", "2", "3", "4", "5"};

    private HcamDecoder() {
    }

    /**
     * @param readout the run's readout
     * @param frame exactly {@code readout.frameSize()} bytes
     * @param number the frame's position in the run, 1-based, for messages
     * @return the frame, pixels as float32
     * @throws FormatException if the byte count is wrong, or the header's layout cannot be decoded
     */
    public static Mccd decode(HcamReadout readout, byte[] frame, int number) {
        return decode(readout, prepare(readout), frame, number);
    }

    /**
     * What every frame of a run is decoded with, made once per run: the plans
     * of its window sets, and the templates of its frame and CCD headers, into
     * which each frame puts only its own number and times.
     *
     * @param plans one per window set
     * @param top the frame's header
     * @param ccds the header of each CCD's first window, in CCD order
     */
    record Prepared(List<QuadPlan> plans, HeaderTemplate top, List<HeaderTemplate> ccds) {
    }

    /**
     * @param readout the run's readout
     * @return what its frames are decoded with
     */
    static Prepared prepare(HcamReadout readout) {
        HeaderTemplate top = HeaderTemplate.builder().addAll(readout.items().top())
                .slot("TIMSTAMP", "Raw frame timestamp, UTC")
                .slot("MJDINT", "Integer part of MJD(UTC), raw timestamp")
                .slot("MJDFRAC", "Fractional part of MJD(UTC), raw timestamp")
                .slot("MJDUTC", "MJD(UTC)")
                .slot("GOODTIME", "TIMSTAMP OK?")
                .slot("NFRAME", "Frame number")
                .build();
        List<HeaderTemplate> ccds = readout.items().ccds().stream()
                .map(h -> HeaderTemplate.builder().addAll(h)
                        .slot("DSTATUS", "Valid data or not")
                        .slot("MJDINT", "Integer part of MJD(UTC), mid-exposure")
                        .slot("MJDFRAC", "Fractional part of MJD(UTC), mid-exposure")
                        .slot("MJDUTC", "MJD(UTC) mid-exposure")
                        .slot("GOODTIME", "MJDs OK?")
                        .slot("EXPTIME", "Exposure time (secs)")
                        .build())
                .toList();
        return new Prepared(readout.sets().stream().map(QuadPlan::of).toList(), top, ccds);
    }

    /**
     * As {@link #decode(HcamReadout, byte[], int)}, with what the run's frames are decoded with made once.
     *
     * @param readout the run's readout
     * @param prepared {@link #prepare(HcamReadout)} of it
     * @param frame exactly {@code readout.frameSize()} bytes
     * @param number the frame's position in the run, 1-based, for messages
     * @return the frame
     */
    static Mccd decode(HcamReadout readout, Prepared prepared, byte[] frame, int number) {
        readout.requireDecodable(number);
        if (frame.length != readout.frameSize()) {
            throw new FormatException(readout.name() + ", frame " + number + ": got " + frame.length
                    + " bytes, expected " + readout.frameSize());
        }
        FrameStamp stamp = FrameStamp.decode(frame, frame.length);
        warnIfBadTime(readout, stamp, number);
        FrameTimes times = FrameTimes.of(readout, stamp, number);
        List<Map<String, Window>> windows = emptyCcds();
        for (QuadPlan plan : prepared.plans()) {
            WindowSet set = plan.set();
            byte[][][] pixels = Demux.decode(frame, plan, readout.nsamp());
            for (int w = 0; w < 20; w++) {
                int ccd = w / 4;
                Header head = set.index() == 0 && w % 4 == 0 ? ccdHeader(prepared.ccds().get(ccd), times, ccd) : null;
                adopt(set.raw().get(w), pixels[w], head, windows.get(ccd));
            }
        }
        Map<String, Ccd> ccds = new LinkedHashMap<>();
        for (int i = 0; i < CCD_LABELS.length; i++) {
            ccds.put(CCD_LABELS[i], new Ccd(windows.get(i), HcamReadout.NXTOT, HcamReadout.NYTOT, 0, 0));
        }
        return new Mccd(ccds, topHeader(prepared.top(), stamp));
    }

    private static List<Map<String, Window>> emptyCcds() {
        return List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    static void warnIfBadTime(HcamReadout readout, FrameStamp stamp, int number) {
        if (!stamp.validDate() && LOG.isLoggable(System.Logger.Level.WARNING)) {
            LOG.log(System.Logger.Level.WARNING, "{0}, frame {1}: bad timestamp {2}; time set to"
                    + " MJD 51544 + frame number seconds and flagged bad", readout.name(), number, stamp.raw());
        }
    }

    /** The image, prescan and overscan windows of a raw window, the header on the first. */
    private static void adopt(WindowSet.RawWindow raw, byte[][] px, Header head, Map<String, Window> into) {
        List<WindowSet.Piece> pieces = raw.pieces();
        for (int k = 0; k < pieces.size(); k++) {
            WindowSet.Piece p = pieces.get(k);
            into.put(p.label(), Window.adoptCounts(p.geometry(), px[k], k == 0 ? head : null));
        }
    }

    private static Header topHeader(HeaderTemplate top, FrameStamp stamp) {
        long imjd = stamp.mjdInt();
        double fday = stamp.mjdFrac();
        return top.fill(stamp.timestamp(), imjd, fday, imjd + fday, stamp.goodTime(), stamp.frameNumber());
    }

    private static Header ccdHeader(HeaderTemplate ccd, FrameTimes times, int n) {
        FrameTimes.CcdTimes t = times.ccds().get(n);
        return ccd.fill(t.dataValid(), t.mjdInt(), t.mjdFrac(), t.mjd(), t.goodTime(), t.exptime());
    }
}
