package io.github.hipercam.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.testutil.MemoryRuns;
import io.github.hipercam.testutil.ToyFormat;
import io.github.hipercam.testutil.FileModes;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** grab: file names, refusal to overwrite, no partial files, and the grab → hf round trip. */
class GrabTest {

    @TempDir
    Path dir;

    private final HangAbout noWait = HangAbout.of(1.0, 0.0);

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void namesFollowTheReference() {
        assertEquals("run0012", Grab.rootOf("run0012"));
        assertEquals("run0012", Grab.rootOf("data/2018-05-17/run0012"));
        assertEquals("run0012", Grab.rootOf("data/run0012.fits"));
        assertEquals("run.fits.x", Grab.rootOf("run.fits.x"));
        Grab.Settings s = new Grab.Settings(dir, "run0012", 4, 0, false);
        assertEquals(dir.resolve("run0012_0001.hcm"), s.fileFor(1));
        Grab.Settings three = new Grab.Settings(dir, "run005", 3, 0, false);
        assertEquals(dir.resolve("run005_013.hcm"), three.fileFor(13));
        assertEquals(dir.resolve("run005_1234.hcm"), three.fileFor(1234), "a longer number is not cut");
    }

    @Test
    void badSettingsAreRefused() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new Grab.Settings(dir, "r", 0, 0, false));
        assertEquals("ndigit must be 1 to 9, got 0", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> new Grab.Settings(dir, "r", 3, -1, false));
        assertEquals("last must be 0 (to the end) or a frame number, got -1", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> new Grab.Settings(dir, " ", 3, 0, false));
        assertEquals("grab needs a file-name root", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Grab.rootOf("/"));
        assertEquals("'/' has no run name to build file names from", e.getMessage());
    }

    @Test
    void writesFramesFirstToLast() throws Exception {
        ToyFormat.run("grab-range", 2, 6, true);
        List<Integer> told = new ArrayList<>();
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "grab-range", 2)) {
            List<Path> files = Grab.run(spool, new Grab.Settings(dir, "grab-range", 3, 4, false), noWait,
                    (frame, n, file) -> told.add(frame * 10 + n));
            assertEquals(List.of(dir.resolve("grab-range_002.hcm"), dir.resolve("grab-range_003.hcm"),
                    dir.resolve("grab-range_004.hcm")), files);
        }
        assertEquals(List.of(21, 32, 43), told);
        assertEquals(List.of("grab-range_002.hcm", "grab-range_003.hcm", "grab-range_004.hcm"), names());
        Mccd m = Hcm.readMccd(dir.resolve("grab-range_003.hcm"));
        assertEquals(3L, m.head().get("NFRAME"));
    }

    @Test
    void lastZeroGrabsToTheEndOfTheRun() throws Exception {
        ToyFormat.run("grab-all", 1, 3, true);
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "grab-all", 1)) {
            assertEquals(3, Grab.run(spool, new Grab.Settings(dir, "grab-all", 2, 0, false), noWait, null).size());
        }
        assertEquals(List.of("grab-all_01.hcm", "grab-all_02.hcm", "grab-all_03.hcm"), names());
    }

    @Test
    void aLiveRunIsFollowedUntilHangAboutGivesUp() throws Exception {
        MemoryRuns.Run run = ToyFormat.run("grab-live", 1, 1, false);
        List<Double> sleeps = new ArrayList<>();
        HangAbout hang = HangAbout.builder(1.0, 2.0).sleeper(s -> {
            sleeps.add(s);
            if (sleeps.size() == 1) {
                ToyFormat.grow(run, 1, 3);
            }
        }).build();
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "grab-live", 1)) {
            assertEquals(3, Grab.run(spool, new Grab.Settings(dir, "grab-live", 3, 0, false), hang, null).size());
        }
        assertEquals(List.of(1.0, 1.0, 1.0), sleeps, "one wait before frame 2, two before giving up");
    }

    @Test
    void existingFilesAreFoundBeforeAnythingIsWritten() throws Exception {
        Files.writeString(dir.resolve("run7_003.hcm"), "mine");
        Grab.Settings keep = new Grab.Settings(dir, "run7", 3, 5, false);
        assertEquals(List.of(dir.resolve("run7_003.hcm")), Grab.existing(keep, 1));
        assertEquals(List.of(), Grab.existing(keep, 4));
        assertEquals(List.of(), Grab.existing(new Grab.Settings(dir, "run7", 3, 5, true), 1));
        assertEquals(List.of(), Grab.existing(new Grab.Settings(dir, "run7", 3, 0, false), 1));
    }

    @Test
    void refusesToOverwriteUnlessTold() throws Exception {
        ToyFormat.run("run8", 1, 3, true);
        Path mine = dir.resolve("run8_002.hcm");
        Files.writeString(mine, "the user's own file");
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "run8", 1)) {
            FileExistsException e = assertThrows(FileExistsException.class,
                    () -> Grab.run(spool, new Grab.Settings(dir, "run8", 3, 0, false), noWait, null));
            assertEquals(mine + ": file exists; not overwritten (ask for overwrite to replace it)", e.getMessage());
        }
        assertEquals("the user's own file", Files.readString(mine));
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "run8", 1)) {
            assertEquals(3, Grab.run(spool, new Grab.Settings(dir, "run8", 3, 0, true), noWait, null).size());
        }
        assertEquals(2L, Hcm.readMccd(mine).head().get("NFRAME"));
    }

    /** Issue 13: grab's files were 0600 whatever the umask (Files.createTempFile's mode, kept by the rename). */
    @Test
    void filesGetTheModeTheUmaskGives() throws Exception {
        assumeTrue(FileModes.posix());
        ToyFormat.run("run10", 1, 2, true);
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "run10", 1)) {
            Grab.run(spool, new Grab.Settings(dir, "run10", 3, 0, false), noWait, null);
        }
        String fresh = PosixFilePermissions.toString(FileModes.fresh(dir));
        for (String f : List.of("run10_001.hcm", "run10_002.hcm")) {
            assertEquals(fresh, FileModes.of(dir.resolve(f)), f + ": as any new file under this umask");
        }
        if (fresh.equals("rw-r--r--")) {
            assertEquals("rw-r--r--", FileModes.of(dir.resolve("run10_001.hcm")), "0644 under umask 022");
        }
    }

    /** Issue 13: a .part left by a killed grab survived a later --overwrite. */
    @Test
    void partFilesOfAKilledWriteAreRemovedByTheNextWriteOfThatFile() throws Exception {
        ToyFormat.run("run11", 1, 2, true);
        Path stale = Files.writeString(dir.resolve(".run11_002.hcm.8712398123.part"), "half a file");
        Path stale1 = Files.writeString(dir.resolve(".run11_001.hcm.42.part"), "half a file");
        Path other = Files.writeString(dir.resolve(".run11_0020.hcm.1.part"), "another file's");
        Path mine = Files.writeString(dir.resolve(".run11_002.hcm.notes.part"), "not a part file");
        Files.writeString(dir.resolve("run11_002.hcm"), "an old grab");
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "run11", 1)) {
            assertEquals(2, Grab.run(spool, new Grab.Settings(dir, "run11", 3, 0, true), noWait, null).size());
        }
        assertFalse(Files.exists(stale), "removed by the overwrite of run11_002.hcm");
        assertFalse(Files.exists(stale1), "removed by the write of run11_001.hcm");
        assertTrue(Files.exists(other) && Files.exists(mine), "other names are left alone");
        assertEquals(List.of(".run11_002.hcm.notes.part", ".run11_0020.hcm.1.part", "run11_001.hcm", "run11_002.hcm"),
                names());
        assertEquals(2L, Hcm.readMccd(dir.resolve("run11_002.hcm")).head().get("NFRAME"));
    }

    /** A stream that fails once {@code limit} bytes have gone through it. */
    private static OutputStream failingAfter(OutputStream out, long limit) {
        return new FilterOutputStream(out) {
            private long count;

            @Override
            public void write(int b) throws IOException {
                if (++count > limit) {
                    throw new IOException("disk full (injected after " + limit + " bytes)");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    @Test
    void aFailureInTheMiddleOfAWriteLeavesNoPartialFile() throws Exception {
        ToyFormat.run("run9", 2, 3, true);
        long[] sizes = new long[1];
        Grab.Writer writer = (file, frame, overwrite) -> {
            boolean second = file.getFileName().toString().equals("run9_002.hcm");
            Hcm.write(file, frame, overwrite, tmp -> {
                OutputStream raw = Files.newOutputStream(tmp);
                return second ? failingAfter(raw, 10_000) : raw;
            });
            sizes[0] = file.toFile().length();
        };
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "run9", 1)) {
            SourceAccessException e = assertThrows(SourceAccessException.class,
                    () -> Grab.run(spool, new Grab.Settings(dir, "run9", 3, 0, false), noWait, null, writer));
            assertTrue(e.getMessage().startsWith(dir.resolve("run9_002.hcm") + ": cannot write: "), e.getMessage());
            Throwable cause = e;
            while (cause != null && !String.valueOf(cause.getMessage()).contains("injected after 10000 bytes")) {
                cause = cause.getCause();
            }
            assertTrue(cause != null, "the injected failure is kept as the cause");
        }
        assertTrue(sizes[0] > 10_000, "the failure falls inside a file's bytes, not after them: " + sizes[0]);
        assertEquals(List.of("run9_001.hcm"), names(), "no partial run9_002.hcm and no temporary left");
        assertEquals(1L, Hcm.readMccd(dir.resolve("run9_001.hcm")).head().get("NFRAME"));
    }

    @Test
    void grabThenListEqualsTheRunReadDirectly() throws Exception {
        ToyFormat.run("run0020", 3, 4, true);
        List<Path> files;
        try (Spooler<Mccd> spool = Spoolers.open("toycam:memory", "run0020", 1)) {
            files = Grab.run(spool, new Grab.Settings(dir, Grab.rootOf("run0020"), 4, 0, false), noWait, null);
        }
        Path lis = dir.resolve("grabbed.lis");
        Files.write(lis, files.stream().map(p -> p.getFileName().toString().replace(".hcm", "")).toList(),
                StandardCharsets.UTF_8);
        try (Spooler<Mccd> direct = Spoolers.open("toycam:memory", "run0020", 1);
                Spooler<Mccd> back = Spoolers.open("hf", lis.toString(), 1)) {
            assertSameFrames(direct, back, 4);
        }
    }

    /**
     * Asserts that two spools give the same frames: header items of the dump,
     * CCD geometry, and every pixel.
     */
    static void assertSameFrames(Spooler<Mccd> expected, Spooler<Mccd> actual, int count) {
        List<Mccd> a = new ArrayList<>();
        List<Mccd> b = new ArrayList<>();
        expected.forEach(a::add);
        actual.forEach(b::add);
        assertEquals(count, a.size());
        assertEquals(count, b.size());
        for (int i = 0; i < count; i++) {
            for (String k : List.of("NFRAME", "TIMSTAMP", "MJDUTC", "GOODTIME", "EXPTIME")) {
                assertEquals(a.get(i).head().get(k), b.get(i).head().get(k), "frame " + (i + 1) + " " + k);
            }
            assertEquals(a.get(i).labels(), b.get(i).labels());
            for (Map.Entry<String, Ccd> e : a.get(i).ccds().entrySet()) {
                Ccd c = b.get(i).ccd(e.getKey());
                assertEquals(e.getValue().nxtot(), c.nxtot());
                assertEquals(e.getValue().nytot(), c.nytot());
                assertEquals(e.getValue().head().get("MJDUTC"), c.head().get("MJDUTC"));
                for (Map.Entry<String, Window> w : e.getValue().windows().entrySet()) {
                    Window got = c.window(w.getKey());
                    assertEquals(w.getValue().geometry(), got.geometry());
                    assertTrue(w.getValue().samePixels(got), "frame " + (i + 1) + " CCD " + e.getKey() + " "
                            + w.getKey());
                }
            }
        }
        assertFalse(b.get(0).head().get("FILENAME") == null, "the list spool names its files");
    }
}
