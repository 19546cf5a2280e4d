package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Window;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ULTRACAM window pairs in frame order gives exactly the pixels of the plain block walk. */
class UcamPairLanesTest {

    @TempDir
    Path tmp;

    private static Map<String, UcamRunSpec> runs() {
        Map<String, UcamRunSpec> m = new LinkedHashMap<>(UcamRuns.extra());
        m.putAll(UcamRunWriter.samples());
        m.put("run150", UcamRunSpec.ultracam(UcamMode.THREE_PAIR).withWindows(List.of(new int[] {3, 1001, 17, 1, 5},
                new int[] {41, 801, 301, 7, 3}, new int[] {99, 5, 500, 13, 11})).withFrames(2));
        return m;
    }

    @Test
    void pairsReadInOrderMatchTheBlockWalkInEveryMode() throws Exception {
        int laneRuns = 0;
        for (Map.Entry<String, UcamRunSpec> e : runs().entrySet()) {
            String run = e.getKey();
            UcamRunWriter.write(tmp, run, e.getValue(), true);
            UcamReadout r = UcamReadout.parse(run, Files.readAllBytes(tmp.resolve(run + ".xml")));
            UcamLayout layout = UcamLayout.of(r);
            UcamPixels fast = UcamPixels.of(layout);
            boolean pairs = r.camera() != UcamCamera.ULTRASPEC && !r.mode().overscan();
            assertEquals(pairs, fast.readsLanes(), run + " " + r.mode() + ": read as window pairs");
            laneRuns += pairs ? 1 : 0;
            byte[] dat = Files.readAllBytes(tmp.resolve(run + ".dat"));
            int fs = r.framesize();
            for (int f = 0; f < dat.length / fs; f++) {
                byte[] frame = java.util.Arrays.copyOfRange(dat, f * fs, (f + 1) * fs);
                assertSamePixels(UcamPixels.byBlocks(layout).decode(frame, r.timingBytes()),
                        fast.decode(frame, r.timingBytes()), run + ", frame " + (f + 1));
            }
        }
        assertTrue(laneRuns >= 10, "pair runs checked: " + laneRuns);
    }

    private static void assertSamePixels(List<List<Window>> expected, List<List<Window>> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int c = 0; c < expected.size(); c++) {
            assertEquals(expected.get(c).size(), actual.get(c).size(), what + ", CCD " + (c + 1));
            for (int w = 0; w < expected.get(c).size(); w++) {
                Window x = expected.get(c).get(w);
                Window a = actual.get(c).get(w);
                assertEquals(x.geometry(), a.geometry(), what + ", CCD " + (c + 1) + " window " + (w + 1));
                assertTrue(x.samePixels(a), what + ", CCD " + (c + 1) + " window " + (w + 1) + ": pixels");
            }
        }
    }
}
