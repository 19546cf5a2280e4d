package io.github.hipercam.hcm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.MissingKeywordException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.model.Mccd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nom.tam.fits.Fits;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.NullDataHDU;
import nom.tam.util.FitsOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HcmErrorTest {

    @TempDir
    Path tmp;

    private Path writeFits(String name, String hipercam, boolean withCcd, String window2) throws Exception {
        Path p = tmp.resolve(name);
        try (Fits f = new Fits()) {
            nom.tam.fits.Header ph = new nom.tam.fits.Header();
            ph.setSimple(true);
            ph.setBitpix(nom.tam.fits.header.Bitpix.BYTE);
            ph.setNaxes(0);
            if (hipercam != null) {
                ph.addValue("HIPERCAM", hipercam, null);
            }
            f.addHDU(new NullDataHDU(ph));
            for (String w : new String[] {"E1", window2}) {
                ImageHDU hdu = (ImageHDU) Fits.makeHDU(new float[3][4]);
                nom.tam.fits.Header h = hdu.getHeader();
                if (withCcd) {
                    h.addValue("CCD", "1", null);
                }
                h.addValue("NXTOT", 100, null);
                h.addValue("NYTOT", 100, null);
                if (w != null) {
                    h.addValue("WINDOW", w, null);
                }
                h.addValue("LLX", 1, null);
                h.addValue("LLY", 1, null);
                h.addValue("XBIN", 1, null);
                h.addValue("YBIN", 1, null);
                f.addHDU(hdu);
            }
            try (FitsOutputStream out = new FitsOutputStream(Files.newOutputStream(p))) {
                f.write(out);
            }
        }
        return p;
    }

    @Test
    void missingHipercamKeyword() throws Exception {
        Path p = writeFits("plain.fits", null, true, "F1");
        FormatException e = assertThrows(FormatException.class, () -> Hcm.read(p));
        assertTrue(e.getMessage().contains("plain.fits") && e.getMessage().contains("HIPERCAM is missing"),
                e.getMessage());
    }

    @Test
    void unknownHipercamValue() throws Exception {
        Path p = writeFits("odd.hcm", "MOSAIC", true, "F1");
        FormatException e = assertThrows(FormatException.class, () -> Hcm.read(p));
        assertTrue(e.getMessage().contains("HIPERCAM = 'MOSAIC'") && e.getMessage().contains("expected 'CCD' or 'MCCD'"),
                e.getMessage());
    }

    @Test
    void unlabelledWindowsGetSequentialLabels() throws Exception {
        Path p = writeFits("seq.hcm", "MCCD", true, null);
        Mccd m = Hcm.readMccd(p);
        assertEquals(java.util.List.of("E1", "2"), m.ccd("1").labels());
    }

    @Test
    void clashingWindowLabelsAreAnError() throws Exception {
        Path p = writeFits("clash.hcm", "MCCD", true, "E1");
        FormatException e = assertThrows(FormatException.class, () -> Hcm.read(p));
        assertTrue(e.getMessage().contains("HDU 2") && e.getMessage().contains("'E1' clashes"), e.getMessage());
    }

    @Test
    void windowHdusOfAnMccdMustNameTheirCcd() throws Exception {
        Path p = writeFits("noccd.hcm", "MCCD", false, "F1");
        FormatException e = assertThrows(FormatException.class, () -> Hcm.read(p));
        assertTrue(e.getMessage().contains("HDU 1 has no CCD keyword"), e.getMessage());
    }

    @Test
    void missingGeometryKeyword() throws Exception {
        Path p = writeFits("nollx.hcm", "MCCD", true, "F1");
        byte[] b = Files.readAllBytes(p);
        String s = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("LLX     =", "LLZ     =");
        Files.write(p, s.getBytes(StandardCharsets.ISO_8859_1));
        MissingKeywordException e = assertThrows(MissingKeywordException.class, () -> Hcm.read(p));
        assertTrue(e.getMessage().contains("nollx.hcm, HDU 1") && e.getMessage().contains("LLX is missing"),
                e.getMessage());
    }

    @Test
    void truncatedDataIsReportedBeforeAnythingIsAllocated() throws Exception {
        Path p = writeFits("cut.hcm", "MCCD", true, "F1");
        byte[] b = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(b, b.length - 2880 + 10));
        HipercamException e = assertThrows(HipercamException.class, () -> Hcm.read(p));
        assertTrue(e instanceof TruncatedDataException || e instanceof FormatException, e.toString());
        assertTrue(e.getMessage().contains("cut.hcm"), e.getMessage());
    }

    @Test
    void headerThatClaimsAHugeImage() throws Exception {
        Path p = writeFits("huge.hcm", "MCCD", true, "F1");
        String s = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                .replaceFirst("NAXIS1  =                    4", "NAXIS1  =           2000000000");
        Files.write(p, s.getBytes(StandardCharsets.ISO_8859_1));
        HipercamException e = assertThrows(HipercamException.class, () -> Hcm.read(p));
        assertTrue(e.getMessage().contains("huge.hcm"), e.getMessage());
    }

    @Test
    void notFitsAtAll() throws IOException {
        Path p = tmp.resolve("text.hcm");
        Files.writeString(p, "hello, this is not FITS\n".repeat(200));
        FormatException e = assertThrows(FormatException.class, () -> Hcm.read(p));
        assertTrue(e.getMessage().contains("text.hcm") && e.getMessage().contains("not a FITS file"), e.getMessage());
    }

    @Test
    void missingFile() {
        SourceAccessException e = assertThrows(SourceAccessException.class, () -> Hcm.read(tmp.resolve("nope.hcm")));
        assertTrue(e.getMessage().endsWith("nope.hcm: no such file"), e.getMessage());
    }

    @Test
    void unknownCcdLabel() throws Exception {
        Path p = writeFits("one.hcm", "MCCD", true, "F1");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Hcm.readCcd(p, "7"));
        assertTrue(e.getMessage().contains("no CCD labelled '7'"), e.getMessage());
    }
}
