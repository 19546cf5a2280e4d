package io.github.hipercam.imagej.views;

import io.github.hipercam.testutil.SynthReader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.synth.SynthHcm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Follow Run (live) with a run that grows while the follower waits (a fake clock: no real waiting). */
class FollowerTest {

    @Test
    void theStackGrowsAndShowsTheNewestFrameUntilTmax() {
        SynthReader r = new SynthReader(2, 0, true);
        List<String> status = new ArrayList<>();
        HangAbout hang = HangAbout.builder(1.0, 3.0).status(status::add)
                .sleeper(s -> r.available = Math.min(7, r.available + 1)).build();
        List<ImagePlus> opened = new ArrayList<>();
        Follower f = new Follower(r.run(), "all", true, OpenRun.Settings.defaults(), hang, opened::addAll);
        f.run();
        assertEquals(1, opened.size(), "one hyperstack");
        ImagePlus imp = opened.get(0);
        assertEquals(7, f.newest());
        assertEquals(7, imp.getNFrames());
        assertEquals(2, imp.getNChannels());
        assertEquals(7, imp.getT(), "the newest frame is shown");
        float[] want = f.openRun().renderer("2").renderPixels(SynthHcm.frame(2, 7).ccd("2"));
        imp.setPosition(2, 1, 7);
        assertArrayEquals(want, (float[]) imp.getProcessor().getPixels());
        assertTrue(status.get(status.size() - 1).contains("will wait no more"), status.toString());
        assertTrue(status.stream().anyMatch(s -> s.startsWith("last frame unchanged for 2.0 sec")), status.toString());
        assertTrue(f.openRun().cache().decodes() <= 8, "each frame read about once: " + f.openRun().cache().decodes());
    }

    @Test
    void closingTheWindowStopsFollowing() {
        SynthReader r = new SynthReader(1, 1, true);
        AtomicInteger sleeps = new AtomicInteger();
        List<ImagePlus> opened = new ArrayList<>();
        Follower[] holder = new Follower[1];
        HangAbout hang = HangAbout.builder(1.0, 1e9).sleeper(s -> {
            r.available++;
            if (sleeps.incrementAndGet() == 3) {
                holder[0].closer.imageClosed(opened.get(0));
            }
        }).build();
        Follower f = new Follower(r.run(), "1", false, OpenRun.Settings.defaults(), hang, opened::addAll);
        holder[0] = f;
        f.run();
        assertTrue(hang.isCancelled(), "closing the image cancelled the wait");
        assertEquals(3, sleeps.get());
        assertTrue(f.newest() <= 4, "stopped at once: " + f.newest());
    }

    @Test
    void aRunThatNeverStartsGivesUpAndIsClosed() {
        SynthReader r = new SynthReader(1, 0, true);
        HangAbout hang = HangAbout.builder(1.0, 2.0).sleeper(s -> { }).build();
        List<ImagePlus> opened = new ArrayList<>();
        Follower f = new Follower(r.run(), "all", false, OpenRun.Settings.defaults(), hang, opened::addAll);
        f.run();
        assertTrue(opened.isEmpty());
        assertTrue(r.closed);
        assertEquals(0, f.newest());
    }
}
