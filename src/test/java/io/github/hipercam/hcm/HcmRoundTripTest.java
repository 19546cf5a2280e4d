package io.github.hipercam.hcm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nom.tam.fits.Fits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HcmRoundTripTest {

    @TempDir
    Path tmp;

    /** A CCD whose windows differ in binning; pixel values depend on every index. */
    static Ccd ccd(int c, boolean f64) {
        Map<String, Window> wins = new LinkedHashMap<>();
        int[][] geo = {{11, 21, 7, 5, 1, 1}, {301, 41, 6, 4, 2, 3}, {-9, 1, 3, 8, 4, 1}};
        for (int w = 0; w < geo.length; w++) {
            int[] g = geo[w];
            Winhead wh = new Winhead(g[0], g[1], g[2], g[3], g[4], g[5], w == 0 ? "LL" : w == 1 ? "UR" : "");
            Header h = w == 0 ? Header.builder().set("MJDUTC", 58000.123456789012 + c)
                    .set("EXPTIME", 0.25 * c).set("GOODTIME", c % 2 == 1).set("DSTATUS", true)
                    .set("ESO DET NSAMP", (long) c).build() : Header.empty();
            if (f64) {
                double[] px = new double[wh.npix()];
                for (int i = 0; i < px.length; i++) {
                    px[i] = 1e-3 * c + w + i / 7.0;
                }
                wins.put("W" + w, Window.of(wh, px, h));
            } else {
                float[] px = new float[wh.npix()];
                for (int i = 0; i < px.length; i++) {
                    px[i] = 100f * c + 10f * w + i * 0.5f;
                }
                wins.put("W" + w, Window.of(wh, px, h));
            }
        }
        return new Ccd(wins, 1024 + c, 512 + c, c, 2 * c);
    }

    static Mccd mccd(int nccd, boolean f64) {
        Map<String, Ccd> ccds = new LinkedHashMap<>();
        for (int c = 1; c <= nccd; c++) {
            ccds.put(Integer.toString(c), ccd(c, f64));
        }
        Header top = Header.builder().set("NFRAME", 7L, "Frame number").set("TIMSTAMP", "2018-05-18T20:16:35")
                .set("ESO DET READ CURNAME", "TwoWindow", "a HIERARCH card").comment("kept as written")
                .build();
        return new Mccd(ccds, top);
    }

    static void assertSameCcd(Ccd a, Ccd b) {
        assertEquals(a.nxtot(), b.nxtot());
        assertEquals(a.nytot(), b.nytot());
        assertEquals(a.nxpad(), b.nxpad());
        assertEquals(a.nypad(), b.nypad());
        assertEquals(a.labels(), b.labels());
        for (String w : a.labels()) {
            Window x = a.window(w);
            Window y = b.window(w);
            assertEquals(x.geometry(), y.geometry());
            assertEquals(x.isFloat64(), y.isFloat64());
            assertArrayEquals(x.toDoubles(), y.toDoubles());
            assertEquals(x.header(), y.header(), "header of window " + w);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void mccdFilesRoundTrip(int nccd) {
        for (boolean f64 : new boolean[] {false, true}) {
            Mccd m = mccd(nccd, f64);
            Path p = tmp.resolve("m" + nccd + f64 + ".hcm");
            Hcm.write(p, m, false);
            Mccd back = assertInstanceOf(Mccd.class, Hcm.read(p));
            assertEquals(m.labels(), back.labels());
            assertEquals(m.head(), back.head());
            for (String c : m.labels()) {
                assertSameCcd(m.ccd(c), back.ccd(c));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void ccdFilesRoundTrip(boolean f64) {
        Ccd c = ccd(3, f64);
        Path p = tmp.resolve("c.hcm");
        Hcm.write(p, c, false);
        Ccd back = assertInstanceOf(Ccd.class, Hcm.read(p));
        assertSameCcd(c, back);
        assertSameCcd(c, Hcm.readCcd(p, null));
    }

    @Test
    void oneCcdOfAnMccdFileAndItsInfo() {
        Mccd m = mccd(4, false);
        Path p = tmp.resolve("m.hcm");
        Hcm.write(p, m, false);
        assertSameCcd(m.ccd("3"), Hcm.readCcd(p, "3"));
        List<CcdPars> info = Hcm.ccdInfo(p);
        assertEquals(4, info.size());
        assertEquals(new CcdPars("2", 1026, 514, 2, 4), info.get(1));
    }

    @Test
    void writtenFilesCarryTheReferenceLayoutAndMosaicKeywords() throws Exception {
        Path p = tmp.resolve("m.hcm");
        Hcm.write(p, mccd(4, false), false);
        try (Fits f = new Fits(p.toFile())) {
            f.read();
            nom.tam.fits.Header ph = f.getHDU(0).getHeader();
            assertEquals("MCCD", ph.getStringValue("HIPERCAM"));
            assertEquals(4, ph.getIntValue("NUMCCD"));
            nom.tam.fits.Header w1 = f.getHDU(2).getHeader();
            assertEquals("C:1, W:W1", w1.getStringValue("EXTNAME"));
            assertEquals("[1:6,1:4]", w1.getStringValue("CCDSEC"));
            assertEquals("[301:312,41:52]", w1.getStringValue("DATASEC"));
            assertEquals(0.5, w1.getDoubleValue("LTM1_1"), 0);
            assertEquals(1 - (301 + 0.5) / 2, w1.getDoubleValue("LTV1"), 1e-12);
            assertEquals("2 3", w1.getStringValue("CCDSUM"));
            // CCD 4 starts the second row of the 3-wide ds9 mosaic
            nom.tam.fits.Header c4 = f.getHDU(10).getHeader();
            assertEquals("4", c4.getStringValue("CCD"));
            // the row offset uses the size of the CCD that closes the row (CCD 3), as in the reference
            assertEquals(-(515 + 2 * 6 + 200), (int) c4.getDoubleValue("DTV2"));
            nom.tam.fits.Header c2 = f.getHDU(4).getHeader();
            assertEquals(1024 + 1 + 2 + 200, (int) c2.getDoubleValue("DTV1"));
            assertEquals(3, c2.getIntValue("NUMWIN"));
            assertEquals(-32, c2.getIntValue("BITPIX"));
        }
    }

    @Test
    void neverOverwritesUnlessAsked() throws Exception {
        Path p = tmp.resolve("keep.hcm");
        Files.writeString(p, "mine");
        FileExistsException e = assertThrows(FileExistsException.class, () -> Hcm.write(p, ccd(1, false), false));
        assertTrue(e.getMessage().contains("keep.hcm"), e.getMessage());
        assertEquals("mine", Files.readString(p));
        Hcm.write(p, ccd(1, false), true);
        Frame back = Hcm.read(p);
        assertInstanceOf(Ccd.class, back);
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
