package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    private static final String HCAM = "testdata/hcam/run0002";
    private static final String UCAM = "testdata/ucam/run001";
    private static final String HCM = "testdata/hcm/frame_001.hcm";

    @Test
    void aRunOfTheSourcesKindPasses() {
        assertEquals(Optional.empty(), SourceFiles.wrongKind("hl", HCAM));
        assertEquals(Optional.empty(), SourceFiles.wrongKind("hl", HCAM + ".fits"));
        assertEquals(Optional.empty(), SourceFiles.wrongKind("ul", UCAM));
        assertEquals(Optional.empty(), SourceFiles.wrongKind("ul", UCAM + ".dat"));
        assertEquals(Optional.empty(), SourceFiles.wrongKind("hf", "testdata/hcm/frames.lis"));
    }

    @Test
    void missingFilesAndServersAreLeftToOpening() {
        assertEquals(Optional.empty(), SourceFiles.wrongKind("hl", "no/such/run"));
        assertEquals(Optional.empty(), SourceFiles.wrongKind("hs", HCM));
        assertEquals(Optional.empty(), SourceFiles.wrongKind("nonsense", HCM));
    }

    @Test
    void aPlainFitsImageIsNamedForWhatItIs(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("image.fits");
        try (Fits f = new Fits()) {
            f.addHDU(FitsFactory.hduFactory(new short[3][4]));
            f.write(plain.toFile());
        }
        String m = SourceFiles.wrongKind("hl", plain.toString()).orElseThrow();
        assertEquals(plain + " is a FITS file that is neither an .hcm file nor a raw run: source hl reads raw"
                + " HiPERCAM runs; ImageJ's File > Open reads other FITS files", m);
    }

    @Test
    void aRunOfAnotherKindSaysWhichSourceReadsIt(@TempDir Path dir) throws Exception {
        String m = SourceFiles.wrongKind("hl", UCAM + ".xml").orElseThrow();
        assertTrue(m.endsWith("is a raw run (source ul): source hl reads raw HiPERCAM runs; choose source ul"), m);
        String h = SourceFiles.wrongKind("hf", HCM).orElseThrow();
        assertTrue(h.endsWith("is an .hcm file: source hf reads a text file listing .hcm files; open it with"
                + " Open .hcm..., or list it in a file for source hf"), h);
        String u = SourceFiles.wrongKind("ul", HCAM + ".fits").orElseThrow();
        assertTrue(u.contains("source ul reads raw ULTRACAM and ULTRASPEC runs (.xml and .dat); choose source hl"), u);
        Files.createDirectories(dir.resolve("folder"));
        assertTrue(SourceFiles.wrongKind("hl", dir.resolve("folder").toString()).orElseThrow().contains("a folder"));
    }
}
