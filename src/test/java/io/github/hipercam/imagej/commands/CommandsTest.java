package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.MacroThread;
import io.github.hipercam.imagej.views.CcdRenderer;
import io.github.hipercam.imagej.views.RunStack;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.testutil.FileModes;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.synth.SynthHcm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu commands run headless with macro options, as a macro would run them. */
class CommandsTest {

    @TempDir
    Path dir;
    private String list;

    @BeforeEach
    void writeRun() throws Exception {
        SynthHcm.writeList(dir.resolve("hcm"), 3, 6, false);
        list = dir.resolve("hcm/frames.lis").toString();
    }

    private static double mjd(Path hcm, String ccd) {
        return (Double) Hcm.readMccd(hcm).ccd(ccd).head().get("MJDUTC");
    }

    @Test
    void openRunReadsTheMacroOptionsOfTheIssue() throws Exception {
        MacroThread.run(() -> {
            MacroThread.command(new OpenRunCommand(), "source=hf run=[" + list + "] ccd=2 first=2 last=4");
            ImagePlus imp = WindowManager.getCurrentImage();
            assertNotNull(imp, "the command showed an image");
            assertEquals("frames.lis CCD 2", imp.getTitle());
            assertEquals(3, imp.getStackSize());
            assertTrue(imp.getStack().getSliceLabel(1).startsWith("frame 2  MJD"));
            imp.setSlice(3);
            assertEquals(mjd(dir.resolve("hcm/frame_004.hcm"), "2"), imp.getNumericProperty("MJDUTC"), 1e-11);
        });
    }

    @Test
    void openRunTakesTheDialogsCcdItemAndAllAsHyperstack() throws Exception {
        MacroThread.run(() -> {
            MacroThread.command(new OpenRunCommand(), "source=hf run=[" + list + "] ccd=[3 (2048\u00d71024)]"
                    + " first=1 last=0 zero fits");
            ImagePlus one = WindowManager.getCurrentImage();
            assertEquals("frames.lis CCD 3", one.getTitle());
            assertEquals(6, one.getStackSize());
            assertEquals(0f, one.getStack().getProcessor(1).getf(0, 0), "zero gaps");
            assertFalse(one.getCalibration().getInvertY(), "FITS row order");
            MacroThread.command(new OpenRunCommand(), "source=hf run=[" + list + "] ccd=all first=1 last=0 hyperstack");
            ImagePlus hyper = WindowManager.getCurrentImage();
            assertEquals(3, hyper.getNChannels());
            assertEquals(6, hyper.getNFrames());
            assertTrue(Float.isNaN(hyper.getStack().getProcessor(1).getf(0, 0)), "NaN gaps by default");
        });
    }

    @Test
    void ccdChoicesComeFromGetCcdPars() {
        var pars = io.github.hipercam.run.Spoolers.ccdPars("hf", list);
        assertArrayEquals(new String[] {"all", "1 (2048\u00d71024)", "2 (2048\u00d71024)", "3 (2048\u00d71024)"},
                OpenRunCommand.ccdChoices(pars));
        assertEquals("2", OpenRunCommand.ccdLabel("2 (2048\u00d71024)", pars));
        assertEquals("all", OpenRunCommand.ccdLabel("all", pars));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> OpenRunCommand.ccdLabel("5", pars));
        assertTrue(e.getMessage().contains("ccd=5") && e.getMessage().contains("3 (2048"), e.getMessage());
    }

    @Test
    void openHcmOpensOneFileAsAHyperstack() throws Exception {
        Path file = dir.resolve("hcm/frame_002.hcm");
        MacroThread.run(() -> {
            MacroThread.command(new OpenHcmCommand(), "file=[" + file + "] hyperstack");
            ImagePlus imp = WindowManager.getCurrentImage();
            assertEquals(3, imp.getNChannels());
            assertEquals(1, imp.getNFrames());
            Mccd m = Hcm.readMccd(file);
            imp.setPosition(2, 1, 1);
            float[] want = CcdRenderer.of(m.ccd("2")).renderPixels(m.ccd("2"));
            assertArrayEquals(want, (float[]) imp.getProcessor().getPixels());
            assertEquals("false", imp.getStringProperty("GOODTIME"), "frame 2 of the synth run has GOODTIME false");
        });
    }

    @Test
    void showFrameHeaderListsTopLevelAndEachCcd() throws Exception {
        MacroThread.run(() -> {
            MacroThread.command(new OpenRunCommand(), "source=hf run=[" + list + "] ccd=1 first=1 last=0");
            ImagePlus imp = WindowManager.getCurrentImage();
            imp.setSlice(5);
            RunStack stack = (RunStack) imp.getStack();
            ResultsTable rt = FrameHeaderCommand.table(stack.run(), Commands.currentFrame(imp));
            assertEquals("5", value(rt, "NFRAME", ""), "the frame's own items have no CCD");
            assertEquals(mjd(dir.resolve("hcm/frame_005.hcm"), "3"), Double.parseDouble(value(rt, "MJDUTC", "3")),
                    "CCD 3's time, every digit");
            assertEquals(value(rt, "MJDUTC", "3"), value(rt, "MJDUTC", "3").strip());
            assertTrue(rt.getColumnHeadings().strip().startsWith("Key\tValue\tComment\tCCD"), rt.getColumnHeadings());
        });
    }

    /** The Value of the row with that key and CCD. */
    private static String value(ResultsTable rt, String key, String ccd) {
        for (int i = 0; i < rt.size(); i++) {
            if (rt.getStringValue("Key", i).equals(key) && rt.getStringValue("CCD", i).equals(ccd)) {
                return rt.getStringValue("Value", i);
            }
        }
        throw new AssertionError("no row " + key + " of CCD '" + ccd + "'");
    }

    @Test
    void frameTimesFillsTheResultsTableAndPlots() throws Exception {
        MacroThread.run(() -> {
            MacroThread.command(new OpenRunCommand(), "source=hf run=[" + list + "] ccd=all first=2 last=0 hyperstack");
            MacroThread.command(new FrameTimesCommand(), "plot");
            ResultsTable rt = ResultsTable.getResultsTable();
            assertEquals(5 * 3, rt.size());
            assertEquals(2, (int) rt.getValue("Frame", 0));
            assertEquals("1", rt.getStringValue("CCD", 0));
            assertEquals(mjd(dir.resolve("hcm/frame_004.hcm"), "3"), rt.getValue("MJDUTC", 2 * 3 + 2), 1e-11);
            assertEquals(0.0, rt.getValue("GOODTIME", 0), "frame 2 is flagged bad");
            assertEquals(1.0, rt.getValue("GOODTIME", 3));
            assertEquals(SynthHcm.CADENCE, rt.getValue("EXPTIME", 0));
            ImagePlus plot = WindowManager.getCurrentImage();
            assertTrue(plot.getTitle().startsWith("Frame times of"), plot.getTitle());
        });
    }

    @Test
    void exportFramesWritesGrabFilesAndNeverOverwritesUnasked() throws Exception {
        Path out = dir.resolve("out");
        MacroThread.run(() -> {
            MacroThread.command(new OpenRunCommand(), "source=hf run=[" + list + "] ccd=1 first=1 last=0");
            String opts = "folder=[" + out + "] root=grabbed digits=3 first=2 last=3 create";
            MacroThread.command(new ExportFramesCommand(), opts);
            Path f2 = out.resolve("grabbed_002.hcm");
            Path f3 = out.resolve("grabbed_003.hcm");
            assertTrue(Files.exists(f2) && Files.exists(f3));
            assertFalse(Files.exists(out.resolve("grabbed_004.hcm")));
            Mccd back = Hcm.readMccd(f3);
            Mccd orig = Hcm.readMccd(dir.resolve("hcm/frame_003.hcm"));
            assertTrue(back.ccd("2").window("F1").samePixels(orig.ccd("2").window("F1")));
            if (FileModes.posix()) {
                String fresh = java.nio.file.attribute.PosixFilePermissions.toString(FileModes.fresh(out));
                assertEquals(fresh, FileModes.of(f3), "the mode the umask gives a new file (0644 under 022)");
            }
            Files.writeString(f2, "keep", StandardCharsets.US_ASCII);
            MacroThread.command(new ExportFramesCommand(), opts);
            assertEquals("keep", Files.readString(f2, StandardCharsets.US_ASCII), "not overwritten unasked");
            Path stale = Files.writeString(out.resolve(".grabbed_002.hcm.123.part"), "left by a killed export");
            MacroThread.command(new ExportFramesCommand(), opts + " overwrite");
            assertEquals(SynthHcm.pixel(1, 1, 2, 0, 0), (float) Hcm.readMccd(f2).ccd("1").window("E1").get(0, 0));
            assertFalse(Files.exists(stale), "the overwrite removes what a killed export left");
        });
    }

    @Test
    void headlessWithoutOptionsSaysWhatIsNeeded() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Fields.create("Open Run..."));
        assertTrue(e.getMessage().contains("macro options"), e.getMessage());
    }

    @Test
    void commandsNeedARunImage() throws Exception {
        MacroThread.run(() -> {
            WindowManager.setTempCurrentImage(new ImagePlus("plain", new ij.process.FloatProcessor(3, 3)));
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> Commands.currentRunImage("Frame Times"));
            assertTrue(e.getMessage().contains("'plain' is not one"), e.getMessage());
        });
    }

    @Test
    void defaultExportRootDropsExtensions() {
        assertEquals("run0012", ExportFramesCommand.defaultRoot("/data/run0012.fits"));
        assertEquals("frames", ExportFramesCommand.defaultRoot("/x/frames.lis"));
        assertEquals("run0012_0001", ExportFramesCommand.defaultRoot("run0012_0001.hcm"));
    }
}
