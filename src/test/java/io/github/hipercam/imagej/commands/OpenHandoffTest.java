package io.github.hipercam.imagej.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The follower's images are shown by the thread that started it, before the follower goes on. */
class OpenHandoffTest {

    @Test
    void theCallerShowsTheImagesWhileTheFollowerWaits() throws Exception {
        OpenHandoff handoff = new OpenHandoff();
        ImagePlus imp = new ImagePlus();
        AtomicBoolean followerWentOn = new AtomicBoolean();
        Thread follower = new Thread(() -> {
            handoff.accept(List.of(imp));
            followerWentOn.set(true);
        });
        follower.start();
        List<Boolean> wentOnWhileShowing = new ArrayList<>();
        List<ImagePlus> shown = handoff.showWhenOpen(images -> {
            sleep(200);
            wentOnWhileShowing.add(followerWentOn.get());
        }, () -> { });
        follower.join(5000);
        assertSame(imp, shown.get(0));
        assertEquals(List.of(false), wentOnWhileShowing, "the follower waited until the images were shown");
        assertTrue(followerWentOn.get());
    }

    @Test
    void aFollowerThatEndsWithoutImagesReleasesTheCaller() throws Exception {
        OpenHandoff handoff = new OpenHandoff();
        Thread follower = new Thread(() -> {
            sleep(100);
            handoff.ended();
        });
        follower.start();
        List<ImagePlus> shown = handoff.showWhenOpen(images -> {
            throw new AssertionError("nothing to show");
        }, () -> { });
        follower.join(5000);
        assertTrue(shown.isEmpty());
        assertFalse(follower.isAlive());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
