package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.WrongFileKindException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.SynthHcm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsFactory;
import nom.tam.fits.ImageHDU;
import nom.tam.util.FitsOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a file given where another kind is expected is named for what it
 * is and what reads it, with the failure it led to kept as the cause.
 */
class WrongKindTest {

    private static final Path TESTDATA = Path.of("testdata").toAbsolutePath();
    private static final String HCM_ADVICE = ": read it with rhcam (command line) or Open .hcm... (ImageJ),"
            + " or name it in a list file for source hf";

    @TempDir
    Path dir;
    private Path hcm;

    @BeforeEach
    void write() throws Exception {
        SynthHcm.writeList(dir, 2, 2, false);
        hcm = dir.resolve("frame_001.hcm");
    }

    /** A plain 2-D FITS image, as a camera or ImageJ writes it. */
    private Path image(String name) throws Exception {
        Path p = dir.resolve(name);
        ImageHDU hdu = (ImageHDU) FitsFactory.hduFactory(new float[4][5]);
        try (Fits f = new Fits(); FitsOutputStream out = new FitsOutputStream(Files.newOutputStream(p))) {
            f.addHDU(hdu);
            f.write(out);
        }
        return p;
    }

    private static WrongFileKindException open(String source, Object resource) {
        return assertThrows(WrongFileKindException.class,
                () -> Runs.open(source, resource.toString(), SpoolOptions.defaults()).close());
    }

    @Test
    void aPlainFitsImageAsHlSaysWhatItIs() throws Exception {
        Path img = image("image.fits");
        WrongFileKindException e = open("hl", img);
        assertEquals(img + " is a FITS file that is neither an .hcm file nor a raw run, so not a raw HiPERCAM run"
                + " (source hl): open it with File > Open in ImageJ", e.getMessage());
        assertEquals(img, e.file());
        assertEquals(img + ": BITPIX = -32, expected 16 for a raw HiPERCAM run",
                assertInstanceOf(FormatException.class, e.getCause()).getMessage(), "the parser's complaint is kept");
        String bare = img.toString().replace(".fits", "");
        assertEquals(e.getMessage(), open("hl", bare).getMessage(), "without .fits: the same file, the same words");
    }

    @Test
    void anHcmFileAsHlIsNotLookedForWithFitsAppended() {
        assertEquals(hcm + " is an .hcm file, not a raw HiPERCAM run (source hl)" + HCM_ADVICE,
                open("hl", hcm).getMessage());
        String bare = hcm.toString().replace(".hcm", "");
        assertEquals(bare + ".fits: no such run file; " + hcm + " is an .hcm file, not a raw HiPERCAM run"
                + " (source hl)" + HCM_ADVICE, open("hl", bare).getMessage());
        assertEquals(bare + ".xml: the run's XML file does not exist; " + hcm + " is an .hcm file, not a raw"
                + " ULTRACAM or ULTRASPEC run (source ul)" + HCM_ADVICE, open("ul", bare).getMessage());
    }

    @Test
    void aRunOfTheOtherInstrumentNamesItsSource() throws Exception {
        Path ucam = TESTDATA.resolve("ucam/run001");
        assertEquals(ucam + ".fits: no such run file; " + ucam + ".xml is a raw ULTRACAM or ULTRASPEC run"
                + " (source ul), not a raw HiPERCAM run (source hl): open it with source ul",
                open("hl", ucam).getMessage());
        Path hcam = TESTDATA.resolve("hcam/run0001.fits");
        assertEquals(hcam + " is a raw HiPERCAM run (source hl), not a raw ULTRACAM or ULTRASPEC run (source ul):"
                + " open it with source hl", open("ul", hcam).getMessage());
        assertEquals(hcam + " is a raw HiPERCAM run (source hl), not a raw ULTRACAM or ULTRASPEC run (source ul):"
                + " open it with source hl", assertThrows(WrongFileKindException.class,
                        () -> Spoolers.ccdPars("ul", hcam.toString())).getMessage(), "get_ccd_pars says the same");
    }

    @Test
    void aFolderAsARunOrAnHcmFile() {
        assertEquals(dir + " is a folder, not a raw HiPERCAM run (source hl): give the name of a run in it",
                open("hl", dir).getMessage());
        WrongFileKindException e = assertThrows(WrongFileKindException.class, () -> Runs.readHcm(dir));
        assertEquals(dir + " is a folder, not an .hcm file: give one .hcm file in it, or a list file of them"
                + " with source hf", e.getMessage());
        assertEquals(dir + " is a folder, not a list of .hcm files (source hf): give a text file that names .hcm"
                + " files, one a line", open("hf", dir).getMessage());
    }

    @Test
    void anHcmFileOrARunAsAListSaysWhatItIs() throws Exception {
        assertEquals(hcm + " is an .hcm file, not a list of .hcm files (source hf): name it in a list file, one"
                + " .hcm file a line, or read it alone with rhcam (command line) or Open .hcm... (ImageJ)",
                open("hf", hcm).getMessage());
        Path hcam = TESTDATA.resolve("hcam/run0001.fits");
        assertEquals(hcam + " is a raw HiPERCAM run (source hl), not a list of .hcm files (source hf): open it with"
                + " source hl", open("hf", hcam).getMessage());
        Path binary = dir.resolve("binary.lis");
        Files.write(binary, new byte[] {'f', 'r', 'a', 'm', 'e', 0, 1, 2});
        assertEquals(binary + " is not a text file (byte 6 is NUL), so not a list of .hcm files (source hf):"
                + " a list names one .hcm file a line", open("hf", binary).getMessage());
        Path latin1 = dir.resolve("latin1.lis");
        Files.write(latin1, "fr\u00e9me_001\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + " is not UTF-8 text, so not a list of .hcm files (source hf): a list names one .hcm"
                + " file a line", open("hf", latin1).getMessage());
    }

    @Test
    void aRawRunOrImageInAListOrAsRhcam() throws Exception {
        Path hcam = TESTDATA.resolve("hcam/run0001.fits");
        assertEquals(hcam + " is a raw HiPERCAM run (source hl), not an .hcm file: open it with source hl",
                assertThrows(WrongFileKindException.class, () -> Runs.readHcm(hcam)).getMessage());
        Path img = image("image.fits");
        assertEquals(img + " is a FITS file that is neither an .hcm file nor a raw run, so not an .hcm file: open"
                + " it with File > Open in ImageJ",
                assertThrows(WrongFileKindException.class, () -> Runs.readHcm(img)).getMessage());
        Path list = dir.resolve("mixed.lis");
        Files.writeString(list, "frame_001.hcm\n" + hcam + "\n");
        try (OpenedRun run = Runs.open("hf", list.toString(), SpoolOptions.defaults());
                Spooler<Mccd> spool = run.spool(1)) {
            Poll.Ready<Mccd> one = assertInstanceOf(Poll.Ready.class, spool.poll(), "the .hcm file is read");
            assertEquals(1L, one.frame().head().get("NFRAME"));
            WrongFileKindException e = assertThrows(WrongFileKindException.class, spool::poll);
            assertEquals(list + ", line 2: " + hcam + " is a raw HiPERCAM run (source hl), not an .hcm file: open it"
                    + " with source hl", e.getMessage());
        }
    }

    @Test
    void aBrokenRunOfTheRightKindKeepsItsOwnMessage() throws Exception {
        byte[] run = Files.readAllBytes(TESTDATA.resolve("hcam/run0001.fits"));
        String head = new String(run, 0, 2880, StandardCharsets.US_ASCII);
        int at = head.indexOf("BITPIX  =");
        System.arraycopy(String.format("%-30s", "BITPIX  =                    8").getBytes(StandardCharsets.US_ASCII), 0,
                run, at, 30);
        Path broken = dir.resolve("run0001.fits");
        Files.write(broken, run);
        Files.copy(hcm, dir.resolve("run0001.hcm"));
        String name = broken.toString().replace(".fits", "");
        FormatException e = assertThrows(FormatException.class,
                () -> Runs.open("hl", name, SpoolOptions.defaults()));
        assertEquals(broken + ": BITPIX = 8, expected 16 for a raw HiPERCAM run", e.getMessage(),
                "not blamed on the .hcm file beside it");
    }

    @Test
    void missingOrRightKindFilesKeepTheirOwnMessages() {
        Path missing = dir.resolve("run0099");
        SourceAccessException e = assertThrows(SourceAccessException.class,
                () -> Runs.open("hl", missing.toString(), SpoolOptions.defaults()));
        assertEquals(missing + ".fits: no such run file", e.getMessage());
        assertFalse(WrongFileKindException.class.isInstance(e), "nothing of another kind was given");
        assertEquals(dir.resolve("frame_003.hcm") + ": no such file",
                assertThrows(SourceAccessException.class, () -> Runs.readHcm(dir.resolve("frame_003.hcm")))
                        .getMessage());
    }
}
