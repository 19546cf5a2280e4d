package io.github.hipercam.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Winhead;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.SynthHcm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list spool (source hf): list files, in-memory names, CCD labels and errors. */
class HcamListSpoolTest {

    @TempDir
    Path dir;

    @BeforeEach
    void frames() throws Exception {
        SynthHcm.writeList(dir, 2, 3, false);
    }

    private Path list(String text) throws Exception {
        Path p = dir.resolve("test.lis");
        Files.writeString(p, text);
        return p;
    }

    private static List<Object> filenames(Iterable<? extends io.github.hipercam.model.Frame> spool) {
        List<Object> out = new ArrayList<>();
        for (var f : spool) {
            out.add(f.head().get("FILENAME"));
        }
        return out;
    }

    @Test
    void skipsCommentsAndBlanksAndAddsTheExtension() throws Exception {
        Path lis = list("# a comment\n\nframe_001\n   \nframe_002.hcm\n#frame_003\n" + dir.resolve("frame_003")
                + "\n");
        try (OpenedRun run = Runs.open("hf", lis.toString(), SpoolOptions.defaults())) {
            assertEquals(3, run.available());
        }
        try (Spooler<Mccd> spool = HcamListSpool.open(lis)) {
            List<Mccd> got = new ArrayList<>();
            spool.forEach(got::add);
            assertEquals(3, got.size());
            assertEquals("frame_001", got.get(0).head().get("FILENAME"));
            assertEquals("frame_002.hcm", got.get(1).head().get("FILENAME"));
            assertEquals(dir.resolve("frame_003").toString(), got.get(2).head().get("FILENAME"));
            assertEquals(3L, got.get(2).head().get("NFRAME"));
            assertEquals(SynthHcm.pixel(2, 1, 3, 5, 7), got.get(2).ccd("2").window("E1").get(5, 7));
        }
    }

    @Test
    void theBundledListOfTheSynthWriterReads() throws Exception {
        try (Spooler<Mccd> spool = HcamListSpool.open(dir.resolve("frames.lis"))) {
            assertEquals(List.of("frame_001", "frame_002.hcm", "frame_003"), filenames(spool));
        }
    }

    @Test
    void inMemoryNames() {
        List<String> names = new ArrayList<>(List.of(dir.resolve("frame_002").toString(), " ", "# skipped",
                dir.resolve("frame_001.hcm").toString()));
        names.add(null);
        try (Spooler<Mccd> spool = HcamListSpool.open(names)) {
            List<Mccd> got = new ArrayList<>();
            spool.forEach(got::add);
            assertEquals(2, got.size());
            assertEquals(2L, got.get(0).head().get("NFRAME"));
            assertEquals(1L, got.get(1).head().get("NFRAME"));
            assertEquals(dir.resolve("frame_002").toString(), got.get(0).head().get("FILENAME"));
        }
    }

    @Test
    void aCcdLabelGivesSingleCcds() throws Exception {
        Path lis = list("frame_001\nframe_003\n");
        try (Spooler<Ccd> spool = HcamListSpool.open(lis, "2")) {
            List<Ccd> got = new ArrayList<>();
            spool.forEach(got::add);
            assertEquals(2, got.size());
            Ccd c = got.get(1);
            assertEquals(List.of("E1", "F1"), c.labels());
            assertEquals(2048, c.nxtot());
            assertEquals(SynthHcm.pixel(2, 2, 3, 0, 0), c.window("F1").get(0, 0));
            assertEquals("frame_003", c.head().get("FILENAME"));
        }
        try (Spooler<Ccd> spool = HcamListSpool.open(List.of(dir.resolve("frame_002").toString()), "1")) {
            Poll<Ccd> p = spool.poll();
            assertEquals(SynthHcm.pixel(1, 1, 2, 3, 4), assertInstanceOf(Poll.Ready.class, p).frame() instanceof Ccd c
                    ? c.window("E1").get(3, 4) : Double.NaN);
            assertInstanceOf(Poll.End.class, spool.poll());
        }
    }

    /**
     * A list of single-CCD files (HIPERCAM = 'CCD', no CCD keyword) yields
     * one-CCD frames, where the reference's list spooler fails with a
     * KeyError on NXTOT (it looks for it in the primary HDU of an MCCD file).
     */
    @Test
    void aListOfSingleCcdFilesGivesOneCcdFrames() throws Exception {
        Path ccds = dir.resolve("ccds");
        Files.createDirectories(ccds);
        StringBuilder names = new StringBuilder();
        for (int f = 1; f <= 3; f++) {
            Mccd m = SynthHcm.frame(1, f);
            Path p = ccds.resolve(String.format("ccd_%03d.hcm", f));
            Hcm.write(p, m.ccd("1").withHead(m.head()), false);
            names.append(p).append('\n');
        }
        Path lis = ccds.resolve("ccds.lis");
        Files.writeString(lis, names.toString());
        try (OpenedRun run = Runs.open("hf", lis.toString(), SpoolOptions.defaults())) {
            assertEquals(3, run.available());
            assertEquals(List.of(new CcdPars("1", 2048, 1024, 50, 8)), run.ccdPars());
        }
        try (Spooler<Mccd> spool = Spoolers.open("hf", lis.toString(), 1)) {
            List<Mccd> got = new ArrayList<>();
            spool.forEach(got::add);
            assertEquals(3, got.size());
            for (int f = 1; f <= 3; f++) {
                Mccd m = got.get(f - 1);
                assertEquals(List.of("1"), List.copyOf(m.ccds().keySet()), "frame " + f);
                Ccd c = m.ccd("1");
                assertEquals(List.of("E1", "F1"), c.labels());
                assertEquals(List.of(2048, 1024, 50, 8), List.of(c.nxtot(), c.nytot(), c.nxpad(), c.nypad()));
                assertEquals(new Winhead(101, 51, 40, 30, 2, 2, "LL"), c.window("E1").geometry());
                assertEquals(new Winhead(1601, 51, 40, 30, 2, 2, "LL"), c.window("F1").geometry());
                assertEquals(SynthHcm.pixel(1, 1, f, 3, 4), c.window("E1").get(3, 4));
                assertEquals(SynthHcm.pixel(1, 2, f, 39, 29), c.window("F1").get(39, 29));
            }
            assertEquals(SynthHcm.MJD0 + 2 * SynthHcm.CADENCE / 86400.0,
                    (Double) got.get(2).ccd("1").window("E1").header().get("MJDUTC"), 1e-9);
        }
        try (Spooler<Ccd> spool = Spoolers.openCcd("hf", lis.toString(), 2, "1", SpoolOptions.defaults())) {
            Poll<Ccd> p = spool.poll();
            Ccd c = assertInstanceOf(Ccd.class, assertInstanceOf(Poll.Ready.class, p).frame());
            assertEquals(SynthHcm.pixel(1, 2, 2, 0, 0), c.window("F1").get(0, 0));
        }
    }

    @Test
    void aMissingFileNamesTheListTheLineAndTheFile() throws Exception {
        Path lis = list("# header\nframe_001\n\nframe_009\n");
        try (Spooler<Mccd> spool = HcamListSpool.open(lis)) {
            assertInstanceOf(Poll.Ready.class, spool.poll());
            SourceAccessException e = assertThrows(SourceAccessException.class, spool::poll);
            assertEquals(lis + ", line 4: file frame_009.hcm does not exist", e.getMessage());
        }
    }

    /**
     * Issue 13: a NUL byte in a line gave an InvalidPathException from
     * withExtension. A list file with a NUL byte is no text list, and is
     * refused so when opened; a name in memory with one is refused naming
     * its place.
     */
    @Test
    void aNameWithANulByteNamesTheListAndTheLine() throws Exception {
        Path lis = list("frame_001\nframe_0\u000002\n");
        io.github.hipercam.WrongFileKindException e = assertThrows(io.github.hipercam.WrongFileKindException.class,
                () -> HcamListSpool.open(lis));
        assertTrue(e.getMessage().startsWith(lis + " is not a text file (byte 18 is NUL)"), e.getMessage());
        Path first = list("\u0000\n");
        assertThrows(io.github.hipercam.WrongFileKindException.class, () -> Spoolers.ccdPars("hf", first.toString()));
        try (Spooler<Mccd> names = HcamListSpool.open(List.of(dir.resolve("frame_001").toString(), "frame_0\u000002"))) {
            assertInstanceOf(Poll.Ready.class, names.poll());
            SourceAccessException x = assertThrows(SourceAccessException.class, names::poll);
            assertEquals("list of names, line 2: 'frame_0\\u000002' is not a file name: Nul character not allowed",
                    x.getMessage());
        }
    }

    @Test
    void aMissingFileInMemoryNamesItsPosition() {
        try (Spooler<Mccd> spool = HcamListSpool.open(List.of("", dir.resolve("nope.hcm").toString()))) {
            SourceAccessException e = assertThrows(SourceAccessException.class, spool::poll);
            assertEquals("list of names, line 2: file " + dir.resolve("nope.hcm") + " does not exist",
                    e.getMessage());
        }
    }

    @Test
    void aMissingListFile() {
        Path lis = dir.resolve("absent.lis");
        SourceAccessException e = assertThrows(SourceAccessException.class, () -> HcamListSpool.open(lis));
        assertTrue(e.getMessage().startsWith(lis + ": cannot read the file list"), e.getMessage());
    }

    @Test
    void anEmptyListEndsAtOnceAndHasNoCcdPars() throws Exception {
        Path lis = list("# nothing here\n\n");
        try (Spooler<Mccd> spool = HcamListSpool.open(lis)) {
            assertInstanceOf(Poll.End.class, spool.poll());
        }
        try (OpenedRun run = Runs.open("hf", lis.toString(), SpoolOptions.defaults())) {
            SourceAccessException e = assertThrows(SourceAccessException.class, run::ccdPars);
            assertEquals(lis + ": the list names no files", e.getMessage());
        }
    }

    @Test
    void aWrongCcdLabelIsAClearError() throws Exception {
        // checked against the first file's CCDs when the spool is opened
        Path lis = list("frame_001\n");
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> HcamListSpool.open(lis, "7"));
        assertEquals(lis + ": no CCD '7'; CCDs are [1, 2]", e.getMessage());
        // a later file without it is named when it is read
        SynthHcm.writeList(dir.resolve("one"), 1, 1, false);
        Path mixed = list("frame_001\n" + dir.resolve("one").resolve("frame_001") + "\n");
        try (Spooler<Ccd> spool = HcamListSpool.open(mixed, "2")) {
            assertInstanceOf(Poll.Ready.class, spool.poll());
            e = assertThrows(InvalidArgumentException.class, spool::poll);
            assertTrue(e.getMessage().endsWith("frame_001.hcm: no CCD labelled '2'"), e.getMessage());
            assertTrue(e.getMessage().startsWith(dir.resolve("one").toString()), e.getMessage());
        }
    }

    @Test
    void ccdParsFromTheFirstFileOnly() throws Exception {
        Path lis = list("frame_002\nframe_404\n");
        List<CcdPars> expected = List.of(new CcdPars("1", 2048, 1024, 50, 8), new CcdPars("2", 2048, 1024, 50, 8));
        assertEquals(expected, Spoolers.ccdPars("hf", lis.toString()));
        try (OpenedRun run = Runs.openList(List.of(dir.resolve("frame_003").toString()), SpoolOptions.defaults())) {
            assertEquals(expected, run.ccdPars());
        }
    }

    @Test
    void randomAccessReader() throws Exception {
        Path lis = list("frame_001\nframe_002\nframe_003\n");
        try (OpenedRun run = Runs.open("hf", lis.toString(), SpoolOptions.defaults()); RunReader<Mccd> r = run.frames()) {
            assertEquals(3, r.available());
            Poll.Ready<?> p = assertInstanceOf(Poll.Ready.class, r.read(3));
            assertEquals(3, p.number());
            assertEquals(3L, ((Mccd) p.frame()).head().get("NFRAME"));
            assertEquals(2L, ((Mccd) ((Poll.Ready<?>) r.read(2)).frame()).head().get("NFRAME"));
            assertInstanceOf(Poll.End.class, r.read(4));
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> r.read(0));
            assertEquals(lis + ": frame numbers start at 1, got 0", e.getMessage());
        }
    }

    @Test
    void pollingAClosedSpoolFails() throws Exception {
        Path lis = list("frame_001\n");
        Spooler<Mccd> spool = HcamListSpool.open(lis);
        spool.close();
        HipercamException e = assertThrows(HipercamException.class, spool::poll);
        assertEquals(lis + ": spooler is closed", e.getMessage());
    }

    /** @return the file name a list entry is looked up as, from the error naming it */
    private static String withExtension(String name) {
        FileList list = new FileList("x.lis", null, List.of(new FileList.Entry(name, 1)));
        String msg = assertThrows(SourceAccessException.class, () -> list.file(0)).getMessage();
        assertTrue(msg.startsWith("x.lis, line 1: file ") && msg.endsWith(" does not exist"), msg);
        return msg.substring("x.lis, line 1: file ".length(), msg.length() - " does not exist".length());
    }

    @Test
    void extensionIsAddedOnlyWhenThereIsNone() {
        assertEquals("a/b/run.hcm", withExtension("a/b/run"));
        assertEquals("a/b/run.fits", withExtension("a/b/run.fits"));
        assertEquals("a.d/run.hcm", withExtension("a.d/run"));
    }

    @Test
    void invalidCcdOptionIsRefused() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> SpoolOptions.defaults().withCcd(" "));
        assertEquals("CCD label must not be blank; use null for whole frames", e.getMessage());
    }
}
