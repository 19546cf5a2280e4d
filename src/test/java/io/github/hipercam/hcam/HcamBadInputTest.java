package io.github.hipercam.hcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.MissingKeywordException;
import io.github.hipercam.WrongFileKindException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad runs give a clear exception naming the file and the keyword or frame, never an NPE, OOM or hang. */
class HcamBadInputTest {

    private static final HcamRunSpec SPEC = HcamRunSpec.of("OneWindow").withScans(true, true).withFrames(3);

    @TempDir
    Path dir;

    /** Writes SPEC's run with one header card replaced (or blanked when replacement is null). */
    private Path runWith(String cardStart, String replacement) throws IOException {
        return runWith(SPEC, cardStart, replacement);
    }

    private Path runWith(HcamRunSpec spec, String cardStart, String replacement) throws IOException {
        byte[] header = HcamRunWriter.header(spec, spec.frames());
        String text = new String(header, StandardCharsets.US_ASCII);
        int at = -1;
        for (int i = 0; i < text.length(); i += 80) {
            if (text.startsWith(cardStart, i)) {
                at = i;
            }
        }
        assertTrue(at >= 0, "no card " + cardStart);
        String card = String.format("%-80s", replacement == null ? "" : replacement);
        System.arraycopy(card.getBytes(StandardCharsets.US_ASCII), 0, header, at, 80);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header);
        for (int n = 1; n <= spec.frames(); n++) {
            out.write(HcamRunWriter.frame(spec, n));
        }
        Path p = dir.resolve("bad.fits");
        Files.write(p, out.toByteArray());
        return p;
    }

    private static <T extends HipercamException> T fails(Class<T> type, Path run, String... words) {
        T e = assertThrows(type, () -> open(run).close());
        assertTrue(e.getMessage().contains(run.toString()), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "'" + w + "' not in: " + e.getMessage());
        }
        return e;
    }

    private static OpenedRun open(Path run) {
        return Runs.open("hl", run.toString(), SpoolOptions.defaults());
    }

    /** The times of one frame, from its timing bytes alone. */
    private static Poll<FrameTimes> times(OpenedRun run, int number) {
        return HcamTbytesSpool.times(HcamReadout.parse(run.raw().header(), run.name(), true), run.raw(), number);
    }

    @Test
    void missingScalingKeywords() throws IOException {
        // the reference reads both on opening (KeyError without them)
        assertEquals("BZERO", fails(MissingKeywordException.class, runWith("BZERO   =", null), "BZERO").keyword());
        assertEquals("BSCALE", fails(MissingKeywordException.class, runWith("BSCALE  =", null), "BSCALE").keyword());
    }

    @Test
    void missingEssentialKeywords() throws IOException {
        for (String key : new String[] {"ESO DET NSKIPS3", "ESO DET TDELAY",
            "ESO DET INCPRSCX", "ESO DET BINY1", "ESO DET WIN1 XSG", "ESO DET CLRCCD"}) {
            MissingKeywordException e = fails(MissingKeywordException.class, runWith("HIERARCH " + key + " ", null),
                    key);
            assertEquals(key, e.keyword());
        }
        // ESO DET READ CURNAME is what marks a raw HiPERCAM run (FileKinds, File > Open, drag and drop):
        // without it the file is not one, and is named so (issue 14); the parser's complaint is the cause
        Path run = runWith("HIERARCH ESO DET READ CURNAME ", null);
        WrongFileKindException e = fails(WrongFileKindException.class, run, "neither an .hcm file nor a raw run",
                "source hl");
        assertEquals("ESO DET READ CURNAME", assertInstanceOf(MissingKeywordException.class, e.getCause()).keyword());
    }

    @Test
    void unknownMode() throws IOException {
        fails(FormatException.class, runWith("HIERARCH ESO DET READ CURNAME", "HIERARCH ESO DET READ CURNAME"
                + " = 'QuadWindow'"), "QuadWindow", "ESO DET READ CURNAME");
    }

    @Test
    void binningThatDoesNotDivideTheScans() throws IOException {
        Path run = HcamRunWriter.write(dir.resolve("b3.fits"), SPEC.withBinning(3, 1), true);
        fails(FormatException.class, run, "ESO DET BINX1", "prescan");
        Path run2 = HcamRunWriter.write(dir.resolve("b3y.fits"), SPEC.withBinning(1, 3), true);
        fails(FormatException.class, run2, "ESO DET BINY1", "overscan");
    }

    @Test
    void naxis1InconsistentWithTheWindows() throws IOException {
        // as in the reference, the run opens and its frames fail to decode; a frame beyond the end just ends
        Path run = runWith("NAXIS1  =", "NAXIS1  =                 1000");
        try (OpenedRun opened = open(run); RunReader<Mccd> r = opened.frames()) {
            FormatException e = assertThrows(FormatException.class, () -> r.read(1));
            assertTrue(e.getMessage().contains("NAXIS1 = 1000") && e.getMessage().contains(run.toString())
                    && e.getMessage().contains("frame 1"), e.getMessage());
            assertThrows(FormatException.class, () -> times(opened, 1));
            assertFalse(r.read(100_000) instanceof Poll.Ready, "no frame 100000");
            assertFalse(times(opened, 100_000) instanceof Poll.Ready, "no frame 100000");
        }
    }

    @Test
    void windowsTooLargeForAnyFrame() throws IOException {
        // the reference opens such runs and fails on their first frame: so does this reader,
        // without allocating for the impossible windows
        failsOnFrames(runWith("HIERARCH ESO DET WIN1 NX", "HIERARCH ESO DET WIN1 NX = 2000000000"),
                "NX=2000000000");
        failsOnFrames(runWith("HIERARCH ESO DET WIN1 NY", "HIERARCH ESO DET WIN1 NY = -5"), "NY=-5");
        failsOnFrames(runWith("HIERARCH ESO DET WIN1 NX", "HIERARCH ESO DET WIN1 NX = 0"), "NX=0");
    }

    private static void failsOnFrames(Path run, String word) {
        try (OpenedRun opened = open(run); RunReader<Mccd> r = opened.frames()) {
            FormatException e = assertThrows(FormatException.class, () -> r.read(1));
            assertTrue(e.getMessage().contains(word) && e.getMessage().contains(run.toString())
                    && e.getMessage().contains("frame 1"), e.getMessage());
            assertThrows(FormatException.class, () -> times(opened, 1));
        }
    }

    @Test
    void valueOfTheWrongType() throws IOException {
        fails(FormatException.class, runWith("HIERARCH ESO DET BINX1", "HIERARCH ESO DET BINX1 = 'two'"),
                "ESO DET BINX1");
        fails(FormatException.class, runWith("BITPIX  =", "BITPIX  =                    8"), "BITPIX = 8");
    }

    @Test
    void driftModeWithPrescan() throws IOException {
        HcamRunSpec drift = HcamRunSpec.of("Drift").withFrames(1);
        fails(FormatException.class, runWith(drift, "HIERARCH ESO DET INCPRSCX", "HIERARCH ESO DET INCPRSCX = T"),
                "drift");
    }

    @Test
    void truncatedHeaderAndTruncatedData() throws IOException {
        Path good = HcamRunWriter.write(dir.resolve("good.fits"), SPEC, true);
        byte[] all = Files.readAllBytes(good);
        Path head = dir.resolve("head.fits");
        Files.write(head, Arrays.copyOf(all, 2000));
        fails(TruncatedDataException.class, head, "truncated");
        Path cut = dir.resolve("cut.fits");
        Files.write(cut, Arrays.copyOf(all, all.length - HcamRunWriter.frameSize(SPEC) - 3000));
        // NAXIS3 = 3 but only frame 1 is whole: the reference reads it, then stops; so does this reader
        try (OpenedRun opened = open(cut); Spooler<Mccd> s = opened.spool(1)) {
            Poll<Mccd> p = s.poll();
            assertInstanceOf(Poll.Ready.class, p);
            assertEquals(1L, ((Poll.Ready<Mccd>) p).frame().head().get("NFRAME"));
            assertInstanceOf(Poll.End.class, s.poll());
        }
    }

    @Test
    void notFitsAndNoFile() throws IOException {
        Path junk = dir.resolve("junk.fits");
        Files.write(junk, new byte[5000]);
        fails(FormatException.class, junk, "not a FITS file");
        Path empty = dir.resolve("empty.fits");
        Files.write(empty, new byte[0]);
        fails(TruncatedDataException.class, empty, "truncated");
        fails(SourceAccessException.class, dir.resolve("nothere.fits"), "no such run");
    }

    @Test
    void headerWithoutEndIsRefusedWithoutReadingForever() throws IOException {
        byte[] blocks = new byte[2880 * 3];
        Arrays.fill(blocks, (byte) ' ');
        byte[] simple = String.format("%-80s", "SIMPLE  =                    T").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(simple, 0, blocks, 0, 80);
        Path p = dir.resolve("noend.fits");
        Files.write(p, blocks);
        fails(TruncatedDataException.class, p, "END");
    }
}
