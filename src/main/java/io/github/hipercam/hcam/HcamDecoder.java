package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
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
        return decode(readout, plans(readout), frame, number);
    }

    /**
     * @param readout the run's readout
     * @return the plans of its window sets, to be kept for every frame of the run
     */
    static List<QuadPlan> plans(HcamReadout readout) {
        return readout.sets().stream().map(QuadPlan::of).toList();
    }

    /**
     * As {@link #decode(HcamReadout, byte[], int)}, with the plans of the run's sets made once.
     *
     * @param readout the run's readout
     * @param plans {@link #plans(HcamReadout)} of it
     * @param frame exactly {@code readout.frameSize()} bytes
     * @param number the frame's position in the run, 1-based, for messages
     * @return the frame
     */
    static Mccd decode(HcamReadout readout, List<QuadPlan> plans, byte[] frame, int number) {
        readout.requireDecodable(number);
        if (frame.length != readout.frameSize()) {
            throw new FormatException(readout.name() + ", frame " + number + ": got " + frame.length
                    + " bytes, expected " + readout.frameSize());
        }
        FrameStamp stamp = FrameStamp.decode(frame, frame.length);
        warnIfBadTime(readout, stamp, number);
        FrameTimes times = FrameTimes.of(readout, stamp, number);
        List<Map<String, Window>> windows = emptyCcds();
        for (QuadPlan plan : plans) {
            WindowSet set = plan.set();
            byte[][][] pixels = Demux.decode(frame, plan, readout.nsamp());
            for (int w = 0; w < 20; w++) {
                int ccd = w / 4;
                Header head = set.index() == 0 && w % 4 == 0 ? ccdHeader(readout, times, ccd) : null;
                adopt(set.raw().get(w), pixels[w], head, windows.get(ccd));
            }
        }
        Map<String, Ccd> ccds = new LinkedHashMap<>();
        for (int i = 0; i < CCD_LABELS.length; i++) {
            ccds.put(CCD_LABELS[i], new Ccd(windows.get(i), HcamReadout.NXTOT, HcamReadout.NYTOT, 0, 0));
        }
        return new Mccd(ccds, topHeader(readout, stamp));
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

    private static Header topHeader(HcamReadout readout, FrameStamp stamp) {
        long imjd = stamp.mjdInt();
        double fday = stamp.mjdFrac();
        return readout.items().top().toBuilder()
                .set("TIMSTAMP", stamp.timestamp(), "Raw frame timestamp, UTC")
                .set("MJDINT", imjd, "Integer part of MJD(UTC), raw timestamp")
                .set("MJDFRAC", fday, "Fractional part of MJD(UTC), raw timestamp")
                .set("MJDUTC", imjd + fday, "MJD(UTC)")
                .set("GOODTIME", stamp.goodTime(), "TIMSTAMP OK?")
                .set("NFRAME", stamp.frameNumber(), "Frame number")
                .build();
    }

    private static Header ccdHeader(HcamReadout readout, FrameTimes times, int ccd) {
        FrameTimes.CcdTimes t = times.ccds().get(ccd);
        return readout.items().ccds().get(ccd).toBuilder()
                .set("DSTATUS", t.dataValid(), "Valid data or not")
                .set("MJDINT", t.mjdInt(), "Integer part of MJD(UTC), mid-exposure")
                .set("MJDFRAC", t.mjdFrac(), "Fractional part of MJD(UTC), mid-exposure")
                .set("MJDUTC", t.mjd(), "MJD(UTC) mid-exposure")
                .set("GOODTIME", t.goodTime(), "MJDs OK?")
                .set("EXPTIME", t.exptime(), "Exposure time (secs)")
                .build();
    }
}
