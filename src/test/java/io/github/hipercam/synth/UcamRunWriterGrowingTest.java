package io.github.hipercam.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.ucam.UcamMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ULTRACAM run written frame by frame, as the camera writes it, ends as the run written at once. */
class UcamRunWriterGrowingTest {

    @TempDir
    Path dir;

    @Test
    void framesAppearOneByOneAndEndAsTheWholeRun() throws Exception {
        UcamRunSpec spec = UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withBinning(2, 2).withFrames(3);
        UcamRunWriter.write(dir.resolve("whole"), "run002", spec, false);
        byte[] whole = Files.readAllBytes(dir.resolve("whole").resolve("run002.dat"));
        int size = UcamRunWriter.framesize(spec);
        assertEquals(3L * size, whole.length);
        Path live = dir.resolve("live");
        try (UcamRunWriter.Growing g = UcamRunWriter.start(live, "run002", spec)) {
            assertEquals(Files.readString(dir.resolve("whole").resolve("run002.xml")),
                    Files.readString(live.resolve("run002.xml")), "the XML is there before any frame");
            assertEquals(0, Files.size(live.resolve("run002.dat")));
            for (int n = 1; n <= 3; n++) {
                g.appendFrames(1);
                assertEquals(n, g.written());
                assertArrayEquals(Arrays.copyOf(whole, n * size), Files.readAllBytes(live.resolve("run002.dat")),
                        "frames 1 to " + n + " are in the file as soon as they are appended");
            }
            assertThrows(InvalidArgumentException.class, () -> g.appendFrames(1));
        }
    }
}
