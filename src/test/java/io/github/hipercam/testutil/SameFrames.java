package io.github.hipercam.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import java.util.Map;

/** Asserts that two frames are the same bit for bit: every header card, every geometry, every pixel. */
public final class SameFrames {

    private SameFrames() {
    }

    /**
     * @param expected e.g. the frame read from disk
     * @param actual e.g. the frame read through a server
     * @param what names the frame in failure messages
     */
    public static void assertSame(Mccd expected, Mccd actual, String what) {
        assertEquals(expected.head(), actual.head(), what + ": frame header");
        assertEquals(expected.ccds().keySet(), actual.ccds().keySet(), what + ": CCD labels");
        for (Map.Entry<String, Ccd> e : expected.ccds().entrySet()) {
            Ccd a = actual.ccds().get(e.getKey());
            Ccd x = e.getValue();
            String where = what + ", CCD " + e.getKey();
            assertEquals(x.head(), a.head(), where + ": header");
            assertEquals(x.windows().keySet(), a.windows().keySet(), where + ": window labels");
            assertEquals(x.nxtot() + "x" + x.nytot() + "+" + x.nxpad() + "," + x.nypad(),
                    a.nxtot() + "x" + a.nytot() + "+" + a.nxpad() + "," + a.nypad(), where + ": size");
            for (Map.Entry<String, Window> w : x.windows().entrySet()) {
                Window aw = a.windows().get(w.getKey());
                assertEquals(w.getValue().geometry(), aw.geometry(), where + " " + w.getKey() + ": geometry");
                assertEquals(w.getValue().header(), aw.header(), where + " " + w.getKey() + ": header");
                assertTrue(w.getValue().samePixels(aw), where + " " + w.getKey() + ": pixels");
            }
        }
    }
}
