package io.github.hipercam.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.run.Spoolers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five runs of the side-by-side bench: their frame sizes and what Spoolers.open makes of them. */
class BaselineRunsTest {

    @TempDir
    Path dir;

    @Test
    void framesAreTheSizesTheSpeedIssueNames() {
        List<Long> bytes = BaselineRuns.ALL.stream().map(BaselineRuns.Baseline::frameBytes).toList();
        // 2.62 MB, 1.06 MB, 6.29 MB, 0.19 MB; then 1072 x 1072 ULTRASPEC words; the timing bytes included
        assertEquals(List.of(2L * 20 * 512 * 128 + 36, 2L * 2 * 20 * 150 * 88 + 36, 2L * 6 * 512 * 1024 + 32,
                2L * 12 * 100 * 80 + 32, 2L * 1072 * 1072 + 32), bytes);
    }

    @Test
    void eachRunSpoolsWithTheWindowsItWasWrittenFor() throws Exception {
        List<BaselineRuns.Run> runs = BaselineRuns.write(dir, 3);
        assertEquals(List.of(1, 2, 1, 15, 1), runs.stream().map(BaselineRuns.Run::frames).toList());
        assertEquals(List.of("hl", "hl", "ul", "ul", "ul"), runs.stream().map(BaselineRuns.Run::source).toList());
        List<String> shapes = new ArrayList<>();
        for (BaselineRuns.Run r : runs) {
            try (Spooler<Mccd> s = Spoolers.open(r.source(), r.resource().toString(), 1)) {
                int frames = 0;
                for (Mccd m : s) {
                    if (frames++ == 0) {
                        shapes.add(shape(m));
                    }
                }
                assertEquals(r.frames(), frames, r.baseline().name());
            }
        }
        assertEquals(List.of("20 windows, 20 of 512x128", "120 windows, 40 of 100x80, 40 of 50x88, 40 of 100x8",
                "6 windows, 6 of 512x1024", "12 windows, 12 of 100x80", "1 windows, 1 of 1056x1072 at llx 1"), shapes);
    }

    @Test
    void aSecondWriteKeepsTheRunsAndTooSmallASizeIsRefused() throws Exception {
        Path dat = BaselineRuns.write(dir, 1).get(3).resource().resolveSibling("run001.dat");
        long stamp = Files.getLastModifiedTime(dat).toMillis() - 60_000;
        Files.setLastModifiedTime(dat, java.nio.file.attribute.FileTime.fromMillis(stamp));
        BaselineRuns.write(dir, 1);
        assertEquals(stamp, Files.getLastModifiedTime(dat).toMillis());
        assertThrows(InvalidArgumentException.class, () -> BaselineRuns.write(dir, 0));
    }

    /** @return window count, then how many windows of each size, in order of first appearance */
    private static String shape(Mccd m) {
        java.util.Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        int n = 0;
        String where = "";
        for (Ccd c : m.ccds().values()) {
            for (Window w : c.windows().values()) {
                sizes.merge(w.nx() + "x" + w.ny(), 1, Integer::sum);
                n++;
                where = " at llx " + w.geometry().llx();
            }
        }
        StringBuilder b = new StringBuilder(n + " windows");
        sizes.forEach((k, v) -> b.append(", ").append(v).append(" of ").append(k));
        return n == 1 ? b + where : b.toString();
    }
}
