package io.github.hipercam.imagej.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.run.Instrument;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelsTest {

    private static final Instrument HCAM = new Instrument("HiPERCAM", List.of("us", "gs", "rs", "is", "zs"));

    @Test
    void channelsAreNamedByFilterElseByCcd() {
        assertEquals("gs", Channels.name(HCAM, 1, "2"));
        assertEquals("CCD 2", Channels.name(new Instrument("ULTRACAM", List.of()), 1, "2"));
    }

    @Test
    void coloursFollowTheBandElseTheArm() {
        // DisplayHeadlessTest expects us to be this violet on the Frame Times plot
        assertEquals(new Color(150, 60, 255), Channels.colour(HCAM, 0));
        assertEquals(Channels.colour(HCAM, 4), Channels.colour(new Instrument("ULTRASPEC", List.of("z'")), 0));
        assertEquals(Channels.colour(HCAM, 1), Channels.colour(new Instrument("HiPERCAM", List.of()), 1),
                "without FILTERS, HiPERCAM's second arm is g");
        assertNotEquals(Channels.colour(HCAM, 0), Channels.colour(HCAM, 1));
    }

    @Test
    void theRangeIsTheFifthToNinetyFifthPercentileOfTheWindows() {
        float[] a = new float[100];
        for (int i = 0; i < 100; i++) {
            a[i] = i;
        }
        Map<String, Window> w = new LinkedHashMap<>();
        w.put("E1", Window.of(new Winhead(1, 1, 10, 10, 1, 1, ""), a, Header.empty()));
        Ccd ccd = new Ccd(w, 100, 100, 0, 0);
        // numpy.percentile(range(100), [5, 95]) = [4.95, 94.05]
        assertArrayEquals(new double[] {4.95, 94.05}, Channels.range(ccd), 1e-9);
        float[] flat = new float[100];
        Map<String, Window> f = new LinkedHashMap<>();
        f.put("E1", Window.of(new Winhead(1, 1, 10, 10, 1, 1, ""), flat, Header.empty()));
        assertArrayEquals(new double[] {0, 1}, Channels.range(new Ccd(f, 100, 100, 0, 0)), "a flat CCD still has a range");
    }
}
