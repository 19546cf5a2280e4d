package io.github.hipercam.imagej;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run is closed with the last of its images, not before. */
class CommandsCloseTest {

    @Test
    void theRunClosesWithItsLastImage() throws Exception {
        SynthReader r = new SynthReader(2, 4, false);
        OpenRun run = new OpenRun(r, r.pars(), OpenRun.Settings.defaults());
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
}
