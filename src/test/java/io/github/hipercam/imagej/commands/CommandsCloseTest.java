package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.MacroThread;
import io.github.hipercam.imagej.views.FileOpener;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunStack;
import io.github.hipercam.testutil.SynthReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.synth.SynthHcm;
import ij.ImagePlus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run is closed with the last of its images, not before. */
class CommandsCloseTest {

    @Test
    void theRunClosesWithItsLastImage() throws Exception {
        SynthReader r = new SynthReader(2, 4, false);
        OpenRun run = new OpenRun(r.run(), OpenRun.Settings.defaults());
        List<ImagePlus> images = FileOpener.images(run, false);
        MacroThread.run(() -> Commands.show(images));
        Commands.Closer closer = new Commands.Closer();
        closer.imageClosed(images.get(0));
        assertFalse(r.closed, "CCD 2 is still shown");
        closer.imageClosed(images.get(0));
        assertFalse(r.closed, "a second notice for the same image changes nothing");
        closer.imageClosed(images.get(1));
        assertTrue(r.closed);
    }

    /**
     * ImageJ sends imageClosed when setStack gives a growing stack a new
     * window (a live run going from 1 to 2 frames); the image is still
     * shown, in its new window, and must keep its run.
     */
    @Test
    void aReplacedWindowKeepsTheRunOpen() throws Exception {
        SynthReader r = new SynthReader(1, 2, true);
        OpenRun run = new OpenRun(r.run(), OpenRun.Settings.defaults());
        boolean[] shown = {true};
        ImagePlus imp = new ImagePlus("run0001 CCD 1", new RunStack(run, List.of("1"))) {
            @Override
            public boolean isVisible() {
                return shown[0];
            }
        };
        MacroThread.run(() -> Commands.show(List.of(imp)));
        Commands.Closer closer = new Commands.Closer();
        closer.imageClosed(imp);
        assertFalse(r.closed, "the image is still shown: only its window was replaced");
        assertEquals(SynthHcm.pixel(1, 1, 2, 0, 0), run.frame(2).ccd("1").window("E1").get(0, 0),
                "the run still reads");
        shown[0] = false;
        closer.imageClosed(imp);
        assertTrue(r.closed, "closed for real: the run goes with it");
    }
}
