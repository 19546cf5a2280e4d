package io.github.hipercam.ucam.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.hipercam.testutil.MiniJson;
import io.github.hipercam.testutil.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The times of the two reference runs against the dumps the reference
 * pipeline printed for them. The setups are copied by hand from the runs'
 * XML; the timing words are read straight from the .dat files.
 */
class ReferenceRunTimesTest {

    /** run012.xml: Ultracam, appl5_window1pair_cfg, EXPOSE_TIME 5000, GAIN_SPEED 3293 = 0xcdd,
     * V_FT_CLK 9175040 (third byte 140), REVISION 140331, user block (0.1 ms units). */
    static final UcamTimingSetup RUN012 = new UcamTimingSetup("run012", "ULTRACAM", "1-PAIR", 140331,
            "", 5000, 0.0001, 1, false, "cdd", 140, 1, 1,
            List.of(new UcamTimingSetup.Win(101, 201, 100, 80), new UcamTimingSetup.Win(601, 201, 100, 80)));

    /** run030.xml: Ultraspec, ccd201_winbin_cfg with X2_SIZE 0, DWELL 5000, EN_CLR 0, SPEED 0,
     * REVISION 140331, user block and 16 header words (0.1 ms units). */
    static final UcamTimingSetup RUN030 = new UcamTimingSetup("run030", "ULTRASPEC", "USPEC-1", 140331,
            "", 5000, 0.0001, 1, false, "S", 0, 1, 1,
            List.of(new UcamTimingSetup.Win(1, 101, 120, 100)));

    static Path folder(String name) {
        return ReferenceData.folder(name);
    }

    static TimingWords words(Path dat, int framesize) throws IOException {
        byte[] all = Files.readAllBytes(dat);
        return n -> Arrays.copyOfRange(all, (n - 1) * framesize, (n - 1) * framesize + 32);
    }

    @Test
    void ultracamOnePairFromFrameOne() throws IOException {
        Path dir = folder("ucam-1pair");
        check(1, RUN012, words(dir.resolve("run012.dat"), 96032), dir.resolve("expected.ul.json"));
    }

    @Test
    void ultracamOnePairFromFrameTwoAsTheReferenceSpool() throws IOException {
        Path dir = folder("ucam-1pair");
        check(2, RUN012, words(dir.resolve("run012.dat"), 96032),
                dir.resolve("expected.ul-first2.json"));
    }

    @Test
    void ultracamLastFrameAsTheReferenceSpool() throws IOException {
        Path dir = folder("ucam-1pair");
        check(5, RUN012, words(dir.resolve("run012.dat"), 96032),
                dir.resolve("expected.ul-last.json"));
    }

    @Test
    void ultraspecOneWindow() throws IOException {
        Path dir = folder("uspec-1-normal");
        check(1, RUN030, words(dir.resolve("run030.dat"), 24032), dir.resolve("expected.ul.json"));
    }

    @SuppressWarnings("unchecked")
    /**
     * @param from first frame of the timing history: 1 for the run read from
     *     its start, f for the reference's spool started at frame f
     */
    static void check(int from, UcamTimingSetup setup, TimingWords words, Path expected)
            throws IOException {
        UcamTimer timer = new UcamTimer(setup, words);
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(Files.readString(expected));
        List<Object> frames = (List<Object>) doc.get("frames");
        assertFalse(frames.isEmpty(), expected + " has no frames");
        for (Object o : frames) {
            Map<String, Object> f = (Map<String, Object>) o;
            Map<String, Object> head = (Map<String, Object>) f.get("head");
            int n = ((Number) head.get("NFRAME")).intValue();
            UcamTimes t = timer.time(n, from);
            List<Object> ccds = (List<Object>) f.get("ccds");
            for (Object c : ccds) {
                Map<String, Object> h = (Map<String, Object>) ((Map<String, Object>) c).get("head");
                String at = expected.getFileName() + " frame " + n;
                assertEquals(((Number) h.get("MJDUTC")).doubleValue(), t.time().mjd(), 1e-11, at);
                assertEquals(((Number) h.get("EXPTIME")).doubleValue(), t.time().expose(), 1e-9, at);
                assertEquals(h.get("GOODTIME"), t.time().good(), at);
            }
        }
    }
}
