package io.github.hipercam.hcm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.MissingKeywordException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.synth.SynthHcm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code .hcm} files the fuzz campaign found crashing the reader
 * ({@code src/test/resources/fuzz/hcm/NAME/frame.hcm}, each with an
 * {@code about.txt}), and headers damaged by hand in the same ways: each is
 * refused with a {@link HipercamException} saying which file, which HDU and
 * which value, before any array is sized from the header.
 */
class HcmCrashersTest {

    static final Path SAVED = Path.of("src", "test", "resources", "fuzz", "hcm");

    @TempDir
    Path tmp;

    static Stream<Arguments> saved() {
        return Stream.of(
                Arguments.of("naxis-1000-index-out-of-bounds", "HDU 0: NAXIS = 1000; expected 0 to 999"),
                Arguments.of("naxis-huge-oom-in-nom-tam", "HDU 0: NAXIS = 99999999999999999999 is not an integer"),
                Arguments.of("naxis-negative", "HDU 0: NAXIS = -1; expected 0 to 999"),
                Arguments.of("npe-ccdinfo", "HDU 1: NAXIS = (blank) is not an integer"),
                Arguments.of("npe-ccdlabel", "HDU 2: keyword CCD = 1000 is not a string (CCD label)"),
                Arguments.of("npe-readwindow", "HDU 0: keyword OUTAMP = F is not a string"
                        + " (Location of output amplifier)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("saved")
    void savedCrasherGivesAClearError(String name, String what) {
        Path f = SAVED.resolve(name).resolve("frame.hcm");
        FormatException e = assertThrows(FormatException.class, () -> Hcm.read(f));
        assertEquals(f + ", " + what, e.getMessage());
    }

    /** A two-CCD MCCD file with the first card of {@code key} in HDU {@code hdu} replaced. */
    private Path withCard(int hdu, String key, String value) throws Exception {
        Path p = tmp.resolve("frame.hcm");
        Hcm.write(p, SynthHcm.frame(2, 1), true);
        byte[] b = Files.readAllBytes(p);
        int seen = -1;
        for (int i = 0; i + 80 <= b.length; i += 80) {
            String card = new String(b, i, 80, StandardCharsets.US_ASCII);
            if (card.startsWith("SIMPLE  =") || card.startsWith("XTENSION=")) {
                seen++;
            }
            if (seen == hdu && card.startsWith(String.format("%-8s=", key))) {
                byte[] c = String.format("%-80s", String.format("%-8s= %20s", key, value))
                        .getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(c, 0, b, i, 80);
                Files.write(p, b);
                return p;
            }
        }
        throw new AssertionError(key + " not found in HDU " + hdu);
    }

    private static String refused(Class<? extends HipercamException> kind, Executable read) {
        return assertThrows(kind, read).getMessage();
    }

    @Test
    void bitpixOutsideTheSixFitsValues() throws Exception {
        Path p = withCard(1, "BITPIX", "12");
        assertEquals(p + ", HDU 1: BITPIX = 12; expected 8, 16, 32, 64, -32 or -64",
                refused(FormatException.class, () -> Hcm.ccdInfo(p)));
    }

    @Test
    void aTableExtensionIsNotAnImage() throws Exception {
        Path p = withCard(2, "XTENSION", "'BINTABLE'");
        assertEquals(p + ", HDU 2: XTENSION = BINTABLE; expected IMAGE (only image HDUs are read)",
                refused(FormatException.class, () -> Hcm.read(p)));
    }

    @Test
    void anAxisBeyondAnInt() throws Exception {
        Path p = withCard(1, "NAXIS2", "2147483648");
        assertEquals(p + ", HDU 1: NAXIS2 = 2147483648; expected 0 to 2147483647",
                refused(FormatException.class, () -> Hcm.read(p)));
    }

    @Test
    void axesClaimingMoreThanTheFileHolds() throws Exception {
        int nx = SynthHcm.frame(2, 1).ccd("1").windows().values().iterator().next().nx();
        Path p = withCard(1, "NAXIS2", "2147483647");
        String m = refused(TruncatedDataException.class, () -> Hcm.ccdInfo(p));
        String claim = p + ", HDU 1 claims " + 4L * 2147483647 * nx + " bytes of data but the file holds only ";
        assertTrue(m.startsWith(claim), m);
        long held = Long.parseLong(m.substring(claim.length()));
        assertTrue(held > 0 && held < Files.size(p), m);
    }

    @Test
    void aMissingAxis() throws Exception {
        Path p = tmp.resolve("noaxis.hcm");
        Path q = withCard(1, "NAXIS1", "1");
        byte[] b = Files.readAllBytes(q);
        String s = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("NAXIS1  =", "NAXISX  =");
        Files.write(p, s.getBytes(StandardCharsets.ISO_8859_1));
        MissingKeywordException e = assertThrows(MissingKeywordException.class, () -> Hcm.read(p));
        assertEquals("NAXIS1", e.keyword());
        assertEquals(p + ", HDU 1: keyword NAXIS1 is missing", e.getMessage());
    }

    @Test
    void aWrongTypeOfPaddingKeyword() throws Exception {
        Path p = withCard(1, "NXPAD", "'wide'");
        assertEquals(p + ", HDU 1: keyword NXPAD = wide is not an integer",
                refused(FormatException.class, () -> Hcm.ccdInfo(p)));
    }

    @Test
    void theUndamagedFileStillReads() throws Exception {
        Path p = withCard(1, "NXPAD", "0");
        Mccd m = (Mccd) Hcm.read(p);
        assertEquals(SynthHcm.frame(2, 1).ccds().keySet(), m.ccds().keySet());
    }
}
