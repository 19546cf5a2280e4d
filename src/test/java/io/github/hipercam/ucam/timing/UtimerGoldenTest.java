package io.github.hipercam.ucam.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.testutil.MiniJson;
import io.github.hipercam.ucam.timing.UcamTimes.Utime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Times of every timing era, version and mode family against the values that
 * the reference pipeline's own {@code utimer} printed for the same timing
 * words, called in order from frame "first" after clearing its state. The
 * fixture {@code utimer-golden.json} was made outside the project by a
 * Python driver of the real reference (see its "generator" field); only the
 * numbers are kept here.
 */
class UtimerGoldenTest {

    static final double MJD_TOL = 1e-11;
    static final double EXP_TOL = 1e-9;
    static final String PRE2000 = "time was pre-2000-01-01 (MJD=";

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        try (InputStream in = UtimerGoldenTest.class.getResourceAsStream("utimer-golden.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(text);
            return (List<Map<String, Object>>) doc.get("cases");
        }
    }

    @SuppressWarnings("unchecked")
    static UcamTimingSetup setup(Map<String, Object> s) {
        List<UcamTimingSetup.Win> wins = new ArrayList<>();
        for (Object o : (List<Object>) s.get("windows")) {
            List<Object> w = (List<Object>) o;
            wins.add(new UcamTimingSetup.Win(i(w.get(0)), i(w.get(1)), i(w.get(2)), i(w.get(3))));
        }
        return new UcamTimingSetup((String) s.get("run"), (String) s.get("instrument"),
                (String) s.get("mode"), i(s.get("version")), (String) s.get("whichRun"),
                d(s.get("exposeTime")), d(s.get("timeUnits")), i(s.get("nblue")),
                (Boolean) s.get("enClr"), (String) s.get("gainSpeed"), i(s.get("vFtClk")),
                i(s.get("xbin")), i(s.get("ybin")), wins);
    }

    @SuppressWarnings("unchecked")
    static List<byte[]> words(Map<String, Object> c) {
        List<byte[]> out = new ArrayList<>();
        for (Object h : (List<Object>) c.get("words")) {
            out.add(HexFormat.of().parseHex((String) h));
        }
        return out;
    }

    static int i(Object o) {
        return ((Number) o).intValue();
    }

    static double d(Object o) {
        return ((Number) o).doubleValue();
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> inOrderAndByJumps() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases()) {
            UcamTimingSetup setup = setup((Map<String, Object>) c.get("setup"));
            List<byte[]> words = words(c);
            for (Object r : (List<Object>) c.get("runs")) {
                Map<String, Object> run = (Map<String, Object>) r;
                int first = i(run.get("first"));
                List<Map<String, Object>> frames = (List<Map<String, Object>>) run.get("frames");
                String name = c.get("name") + " from " + first;
                tests.add(DynamicTest.dynamicTest(name + ", in order",
                        () -> checkInOrder(setup, words, first, frames)));
                tests.add(DynamicTest.dynamicTest(name + ", backwards, fresh timer per frame",
                        () -> checkByJumps(setup, words, first, frames)));
            }
        }
        return tests.stream();
    }


    static void checkInOrder(UcamTimingSetup setup, List<byte[]> words, int first,
            List<Map<String, Object>> frames) {
        AtomicInteger reads = new AtomicInteger();
        TimingWords tw = n -> {
            reads.incrementAndGet();
            return words.get(n - 1);
        };
        UcamTimer t = new UcamTimer(setup, tw);
        for (Map<String, Object> f : frames) {
            int n = i(f.get("frame"));
            check(setup, f, t.time(n, first));
        }
        // the cache means each frame's words are read once when reading in order
        assertEquals(frames.size(), reads.get(), "timing words read");
    }

    static void checkByJumps(UcamTimingSetup setup, List<byte[]> words, int first,
            List<Map<String, Object>> frames) {
        for (int k = frames.size() - 1; k >= 0; k--) {
            Map<String, Object> f = frames.get(k);
            int n = i(f.get("frame"));
            TimingWords tw = m -> {
                assertTrue(m <= n && m >= first, "asked for frame " + m + " while timing " + n);
                return words.get(m - 1);
            };
            check(setup, f, new UcamTimer(setup, tw).time(n, first));
        }
    }

    @SuppressWarnings("unchecked")
    static void check(UcamTimingSetup setup, Map<String, Object> f, UcamTimes got) {
        String at = setup.run() + " " + setup.mode() + " frame " + f.get("frame") + ": ";
        checkTime(at + "time", (Map<String, Object>) f.get("time"), got.time());
        assertEquals(d(f.get("gps")), got.gps(), MJD_TOL, at + "gps");
        assertEquals(i(f.get("format")), got.format(), at + "format");
        assertEquals(i(f.get("nsat")), got.nsat(), at + "nsat");
        assertEquals(f.get("defTstamp"), got.defTstamp(), at + "defTstamp");
        assertEquals(f.get("frameError"), got.frameError(), at + "frameError");
        assertEquals(f.get("midnightCorr"), got.midnightCorr(), at + "midnightCorr");
        assertEquals(i(f.get("frame")), got.fnum(), at + "fnum");
        assertEquals(setup.whichRun(), got.whichRun(), at + "whichRun");
        if (f.containsKey("blue")) {
            checkTime(at + "blue", (Map<String, Object>) f.get("blue"), got.blue());
            assertEquals(f.get("badBlue"), got.badBlue(), at + "badBlue");
            assertEquals(d(f.get("vclockFrame")), got.vclockFrame(), 1e-18, at + "vclock");
        } else {
            assertEquals(got.time(), got.blue(), at + "blue = time for ULTRASPEC");
            assertTrue(Double.isNaN(got.vclockFrame()), at + "no vclock for ULTRASPEC");
        }
    }

    static void checkTime(String at, Map<String, Object> want, Utime got) {
        assertEquals(d(want.get("mjd")), got.mjd(), MJD_TOL, at + " MJD");
        assertEquals(d(want.get("expose")), got.expose(), EXP_TOL, at + " exposure");
        assertEquals(want.get("good"), got.good(), at + " good");
        String reason = (String) want.get("reason");
        if (reason.startsWith(PRE2000)) {
            // the reference always prints the clamped 51544; we print the MJD found
            assertTrue(got.reason().startsWith(PRE2000), at + " reason " + got.reason());
        } else {
            assertEquals(reason, got.reason(), at + " reason");
        }
    }
}
