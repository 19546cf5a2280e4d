package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.FileOpener;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunStack;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.synth.SynthHcm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Macro options read without a dialog, by ImageJ's keys; single-CCD .hcm files. */
class FieldsTest {

    @TempDir
    Path dir;

    @Test
    void optionsAreReadByTheFirstWordOfEachLabel() {
        Fields f = new Fields.FromOptions("source=hl run=[/data/my run.fits] first=7 hyperstack");
        f.choice("Source", new String[] {"hl", "hf"}, "hf");
        f.file("Run", "");
        f.number("First frame", 1, 0);
        f.number("Last frame (0 = to the end)", 0, 0);
        f.checkbox("Hyperstack (all CCDs as channels)", false);
        f.checkbox("Zero gaps (else NaN)", true);
        assertTrue(f.show());
        assertEquals("hl", f.nextChoice());
        assertEquals("/data/my run.fits", f.nextString());
        assertEquals(7.0, f.nextNumber());
        assertEquals(0.0, f.nextNumber(), "absent: the default");
        assertTrue(f.nextBoolean());
        assertFalse(f.nextBoolean(), "an absent checkbox is off, as in ImageJ macros");
    }

    @Test
    void aNumberThatIsNotOneIsNamed() {
        Fields f = new Fields.FromOptions("first=seven");
        f.number("First frame", 1, 0);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, f::nextNumber);
        assertTrue(e.getMessage().contains("first=seven"), e.getMessage());
    }

    @Test
    void aSingleCcdHcmOpensUnderItsLabel() {
        Path file = dir.resolve("one.hcm");
        Hcm.write(file, SynthHcm.frame(2, 1).ccd("2"), false);
        List<ImagePlus> images = FileOpener.open(file, true, OpenRun.Settings.defaults());
        assertEquals(1, images.size());
        ImagePlus imp = images.get(0);
        assertEquals("one.hcm CCD " + Hcm.ccdInfo(file).get(0).label(), imp.getTitle());
        RunStack s = (RunStack) imp.getStack();
        float[] want = s.run().renderer(s.ccds().get(0)).renderPixels(SynthHcm.frame(2, 1).ccd("2"));
        assertArrayEquals(want, (float[]) imp.getStack().getPixels(1));
    }
}
