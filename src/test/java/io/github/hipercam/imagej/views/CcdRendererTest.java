package io.github.hipercam.imagej.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import io.github.hipercam.FormatException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.synth.SynthHcm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CcdRendererTest {

    /** CCD 1 of synthetic frame 3: windows 40x30 binned 2x2 at (101,51) and (1601,51), 2048x1024, pad 50,8. */
    private static final Ccd CCD = SynthHcm.frame(2, 3).ccd("1");

    @Test
    void canvasCoversThePaddedCcdInBinnedPixels() {
        CcdCanvas c = CcdCanvas.of(CCD);
        assertEquals(new CcdCanvas(-49, -7, 2, 2, 1074, 520), c);
        Winhead e1 = CCD.window("E1").geometry();
        assertEquals(75, c.column(e1));
        assertEquals(29, c.rowFromBottom(e1));
    }

    @Test
    void windowsLandAtTheirTruePlacesFlippedForDisplay() {
        FloatProcessor fp = CcdRenderer.of(CCD).render(CCD);
        assertEquals(1074, fp.getWidth());
        assertEquals(520, fp.getHeight());
        // E1 binned pixel (ix, iy) -> image (75 + ix, 519 - 29 - iy)
        assertEquals(SynthHcm.pixel(1, 1, 3, 0, 0), fp.getf(75, 490));
        assertEquals(SynthHcm.pixel(1, 1, 3, 39, 29), fp.getf(114, 461));
        // F1 starts at unbinned x 1601 -> column (1601 + 49) / 2 = 825
        assertEquals(SynthHcm.pixel(1, 2, 3, 7, 4), fp.getf(832, 486));
        assertTrue(Float.isNaN(fp.getf(74, 490)), "gap left of E1 is NaN");
        assertTrue(Float.isNaN(fp.getf(75, 491)), "gap below E1 is NaN");
        double sum = 0;
        for (float v : (float[]) fp.getPixels()) {
            sum += Float.isNaN(v) ? 0 : v;
        }
        assertEquals(CCD.window("E1").sum() + CCD.window("F1").sum(), sum, 1e-6);
    }

    @Test
    void unflippedAndZeroGapOptions() {
        CcdRenderer r = new CcdRenderer(CcdCanvas.of(CCD), CcdRenderer.Options.defaults()
                .withFlip(false).withGapsNaN(false));
        FloatProcessor fp = r.render(CCD);
        assertEquals(SynthHcm.pixel(1, 1, 3, 0, 0), fp.getf(75, 29));
        assertEquals(SynthHcm.pixel(1, 1, 3, 3, 5), fp.getf(78, 34));
        assertEquals(0f, fp.getf(0, 0));
        Calibration cal = r.calibration();
        assertEquals(51.5, cal.getY(29, 520), 1e-12);
        assertEquals(101.5, cal.getX(75), 1e-12);
    }

    @Test
    void cursorReadsUnbinnedCcdCoordinatesWithOneOneAtTheFirstImagingPixel() {
        Winhead w = new Winhead(1, 1, 100, 50, 1, 1, "LL");
        Ccd ccd = new Ccd(Map.of("A", Window.of(w, new float[5000], Header.empty())), 100, 50, 4, 2);
        CcdRenderer r = CcdRenderer.of(ccd);
        assertEquals(new CcdCanvas(-3, -1, 1, 1, 108, 54), r.canvas());
        ImagePlus imp = r.toImage("t", ccd, 1);
        // imaging pixel (1,1) is canvas column 4, row 2 from the bottom = image row 51
        assertEquals(1.0, imp.getCalibration().getX(4), 1e-12);
        assertEquals(1.0, imp.getCalibration().getY(51, 54), 1e-12);
        assertEquals(100.0, imp.getCalibration().getX(103), 1e-12);
        assertEquals(50.0, imp.getCalibration().getY(2, 54), 1e-12);
        String loc = imp.getLocationAsString(4, 51);
        assertTrue(loc.contains("x=1") && loc.contains("y=1"), loc);
    }

    @Test
    void binnedCalibrationReadsPipelinePixelCentres() {
        Calibration cal = CcdRenderer.of(CCD).calibration();
        assertEquals(2.0, cal.pixelWidth);
        assertEquals(2.0, cal.pixelHeight);
        assertEquals(CcdCanvas.UNIT, cal.getUnit());
        // E1's first binned pixel covers unbinned 101-102, 51-52: centre (101.5, 51.5)
        assertEquals(101.5, cal.getX(75), 1e-12);
        assertEquals(51.5, cal.getY(490, 520), 1e-12);
        assertEquals(101.5 + 2 * 39, cal.getX(114), 1e-12);
        assertEquals(51.5 + 2 * 29, cal.getY(461, 520), 1e-12);
    }

    @Test
    void windowsOffTheBinningGridMoveTheOriginNotThePixels() {
        // llx = 101 with xbin 3 and nxpad 0: canvas starts at x = -1 so that 101 falls on a column edge
        Winhead w = new Winhead(101, 1, 10, 10, 3, 1, "LL");
        CcdCanvas c = CcdCanvas.of(300, 20, 0, 0, List.of(w));
        assertEquals(-1, c.x0());
        assertEquals(34, c.column(w));
        assertEquals(102.0, c.ccdX(34), 1e-12);
        assertEquals(101, c.width());
    }

    @Test
    void mixedBinningIsRefusedWithBothValues() {
        Map<String, Window> wins = new LinkedHashMap<>();
        wins.put("A", Window.of(new Winhead(1, 1, 2, 2, 1, 1, "LL"), new float[4], Header.empty()));
        wins.put("B", Window.of(new Winhead(11, 1, 2, 2, 2, 2, "LL"), new float[4], Header.empty()));
        Ccd ccd = new Ccd(wins, 20, 20, 0, 0);
        FormatException e = assertThrows(FormatException.class, () -> CcdCanvas.of(ccd));
        assertTrue(e.getMessage().contains("1x1") && e.getMessage().contains("2x2"), e.getMessage());
    }

    @Test
    void labelsCarryFrameTimesAsKeyValueLinesThatImageJFinds() {
        String label = FrameLabels.slice(3, CCD);
        double mjd = (Double) CCD.head().get("MJDUTC");
        assertTrue(label.startsWith("frame 3  MJD 58256.8449"), label);
        assertTrue(label.contains("\nMJDUTC = " + mjd + "\n"), label);
        ImageStack stack = new ImageStack(4, 4);
        stack.addSlice(label, new FloatProcessor(4, 4));
        stack.addSlice(FrameLabels.slice(4, SynthHcm.frame(2, 4).ccd("1")), new FloatProcessor(4, 4));
        ImagePlus imp = new ImagePlus("t", stack);
        imp.setSlice(1);
        assertEquals(mjd, imp.getNumericProperty("MJDUTC"), 1e-11);
        assertEquals(4.0, imp.getNumericProperty("EXPTIME"));
        assertEquals("true", imp.getStringProperty("GOODTIME"));
        assertEquals("true", imp.getStringProperty("DSTATUS"));
        assertEquals(3.0, imp.getNumericProperty("FRAME"));
        imp.setSlice(2);
        assertEquals(4.0, imp.getNumericProperty("FRAME"));
    }
}
