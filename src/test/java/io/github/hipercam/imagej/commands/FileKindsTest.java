package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.MacroThread;
import io.github.hipercam.imagej.views.FileOpener;
import io.github.hipercam.imagej.views.OpenRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import io.github.hipercam.FormatException;
import io.github.hipercam.run.FileKinds;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.ucam.UcamMode;
import io.github.hipercam.imagej.guard.HcmIOPluginGuard;
import io.github.hipercam.synth.SynthHcm;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsFactory;
import nom.tam.fits.ImageHDU;
import nom.tam.util.FitsOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.io.IOPlugin;
import org.scijava.io.IOService;

/** Which files are ours: .hcm and raw HiPERCAM runs yes, ordinary FITS never. */
class FileKindsTest {

    @TempDir
    Path dir;

    private Path hcm() throws Exception {
        SynthHcm.writeList(dir, 2, 1, false);
        return dir.resolve("frame_001.hcm");
    }

    private Path fits(String name, String hierarchKey) throws Exception {
        Path p = dir.resolve(name);
        ImageHDU hdu = (ImageHDU) FitsFactory.hduFactory(new float[4][5]);
        try (Fits f = new Fits(); FitsOutputStream out = new FitsOutputStream(Files.newOutputStream(p))) {
            f.addHDU(hdu);
            f.write(out);
        }
        if (hierarchKey == null) {
            return p;
        }
        // put the long-keyword card in place of the first blank card before END, as a raw run has it
        byte[] bytes = Files.readAllBytes(p);
        String head = new String(bytes, 0, 2880, StandardCharsets.US_ASCII);
        int end = head.indexOf("END     ");
        String card = String.format("%-80s", "HIERARCH " + hierarchKey + " = 'FullFrame' / readout mode");
        String moved = head.substring(0, end) + card + head.substring(end, 2880 - 80);
        System.arraycopy(moved.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 2880);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void kindsFromTheFirstHeader() throws Exception {
        assertEquals(FileKinds.Kind.HCM, FileKinds.of(hcm()).kind());
        assertEquals(FileKinds.Kind.OTHER_FITS, FileKinds.of(fits("plain.fits", null)).kind());
        FileKinds raw = FileKinds.of(fits("run0001.fits", "ESO DET READ CURNAME"));
        assertEquals(FileKinds.Kind.RAW, raw.kind());
        assertEquals(Optional.of("hl"), raw.source());
        assertEquals(FileKinds.Kind.OTHER_FITS, FileKinds.of(fits("eso.fits", "ESO DET NAME")).kind());
        Path text = dir.resolve("notes.hcm");
        Files.writeString(text, "SIMPLY not FITS", StandardCharsets.US_ASCII);
        assertEquals(FileKinds.Kind.OTHER, FileKinds.of(text).kind());
        assertEquals(FileKinds.Kind.OTHER, FileKinds.of(dir.resolve("missing.hcm")).kind());
        assertEquals(FileKinds.Kind.FOLDER, FileKinds.of(dir).kind());
    }

    @Test
    void anUltracamRunIsKnownByItsXmlAndItsDat() throws Exception {
        UcamRunWriter.write(dir, "run011", UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withFrames(1), false);
        for (String f : List.of("run011.xml", "run011.dat")) {
            FileKinds k = FileKinds.of(dir.resolve(f));
            assertEquals(FileKinds.Kind.RAW, k.kind(), f);
            assertEquals(Optional.of("ul"), k.source(), f);
        }
        Path other = Files.writeString(dir.resolve("notes.xml"), "<?xml version=\"1.0\"?><notes/>");
        assertEquals(FileKinds.Kind.OTHER, FileKinds.of(other).kind(), "an XML file that is not a run");
    }

    @Test
    void anHcmRenamedToFitsIsStillOurs() throws Exception {
        Path renamed = dir.resolve("frame.fits");
        Files.copy(hcm(), renamed);
        assertTrue(FileKinds.of(renamed).isOurs());
    }

    @Test
    void ordinaryFitsIsRefusedByOurOpenerWithAClearMessage() throws Exception {
        Path plain = fits("plain.fits", null);
        FormatException e = assertThrows(FormatException.class,
                () -> FileOpener.open(plain, false, OpenRun.Settings.defaults()));
        assertTrue(e.getMessage().contains("plain.fits") && e.getMessage().contains("ImageJ's own"), e.getMessage());
    }

    @Test
    void ioServiceFindsOurPluginForHcmAndNotForOrdinaryFits() throws Exception {
        Path hcm = hcm();
        Path plain = fits("plain.fits", null);
        try (Context ctx = new Context(IOService.class)) {
            IOService io = ctx.service(IOService.class);
            IOPlugin<?> opener = io.getOpener(hcm.toString());
            assertNotNull(opener);
            assertSame(HcmIOPluginGuard.class, opener.getClass(), "SciJava finds the guard, which asks HcmIOPlugin");
            IOPlugin<?> other = io.getOpener(plain.toString());
            assertFalse(other instanceof HcmIOPluginGuard, "ordinary FITS is left to ImageJ: " + other);
            Object data = io.open(hcm.toString());
            ImagePlus imp = (ImagePlus) data;
            assertEquals(2, imp.getNChannels(), "both CCDs as one hyperstack");
            assertEquals(1, imp.getNFrames());
            assertTrue(imp.getStack().getSliceLabel(1).contains("MJDUTC = "));
        }
    }

    @Test
    void theDropBoxOpensOursWithOurReader() throws Exception {
        Path hcm = hcm();
        MacroThread.run(() -> {
            List<ImagePlus> ours = DropBoxCommand.openAll(List.of(new File(hcm.toString())));
            assertEquals(2, ours.size(), "an image per CCD");
            assertEquals("frame_001.hcm CCD 2", ours.get(1).getTitle());
        });
    }
}
