package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.net.HcamServerBytes;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HiPERCAM runs through our server and our WebSocket client, byte for byte. */
class HcamServeTest {

    @TempDir
    Path dir;
    private FileServer server;
    private SpoolOptions options;

    @BeforeEach
    void start() {
        server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }));
        options = SpoolOptions.defaults().withServerUrl(server.hipercamBase()).withTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesHeaderAndEveryFrameAsStoredInAnyOrder() throws IOException {
        int size = RawRuns.hcamFrameSize(40, 8, 4);
        Path f = RawRuns.hcam(dir.resolve("run0001.fits"), 40, 8, 4, 0, 4);
        RawRuns.finish(f, 4);
        byte[] all = Files.readAllBytes(f);
        try (HcamServerBytes run = HcamServerBytes.open("run0001", options)) {
            assertArrayEquals(Arrays.copyOf(all, RawRuns.headerLength(all)), run.header());
            assertEquals(4, run.available(size));
            for (int n : new int[] {1, 2, 3, 4, 2, 1, 4, 3, 3}) {
                Poll<byte[]> p = run.frame(n, size);
                assertArrayEquals(RawRuns.hcamFrameOnDisk(f, n, size),
                        assertInstanceOf(Poll.Ready.class, p).frame() instanceof byte[] b ? b : null,
                        "frame " + n);
                assertEquals(n, ((Poll.Ready<?>) p).number());
            }
            assertInstanceOf(Poll.NotYet.class, run.frame(5, size));
            assertInstanceOf(Poll.NotYet.class, run.frame(5, size), "still not there on get_next");
        }
    }

    @Test
    void countsOnlyNaxis3FramesWhenBlockPaddingCouldHoldMore() throws IOException {
        int size = RawRuns.hcamFrameSize(2, 2, 1);
        Path f = RawRuns.hcam(dir.resolve("run0002.fits"), 2, 2, 1, 0, 3);
        RawRuns.finish(f, 3);
        assertTrue((Files.size(f) - 2880) / size > 3, "the padding alone holds more frames");
        try (HcamServerBytes run = HcamServerBytes.open("run0002", options)) {
            assertEquals(3, run.available(size));
            assertInstanceOf(Poll.NotYet.class, run.frame(4, size));
            assertArrayEquals(RawRuns.frameBytes(3, size), (byte[]) ((Poll.Ready<?>) run.frame(3, size)).frame());
        }
    }

    @Test
    void followsAGrowingRunFrameByFrame() throws IOException {
        int size = RawRuns.hcamFrameSize(64, 4, 1);
        Path f = RawRuns.hcam(dir.resolve("run0003.fits"), 64, 4, 1, 0, 0);
        try (HcamServerBytes run = HcamServerBytes.open("run0003", options)) {
            assertEquals(0, run.available(size));
            assertInstanceOf(Poll.NotYet.class, run.frame(1, size));
            byte[] one = RawRuns.frameBytes(1, size);
            RawRuns.appendBytes(f, one, 0, size - 1);
            assertEquals(0, run.available(size), "a frame short of one byte is not complete");
            assertInstanceOf(Poll.NotYet.class, run.frame(1, size));
            RawRuns.appendBytes(f, one, size - 1, size);
            assertEquals(1, run.available(size));
            assertArrayEquals(one, (byte[]) ((Poll.Ready<?>) run.frame(1, size)).frame());
            assertInstanceOf(Poll.NotYet.class, run.frame(2, size));
            RawRuns.appendFrame(f, 2, size);
            assertArrayEquals(RawRuns.frameBytes(2, size), (byte[]) ((Poll.Ready<?>) run.frame(2, size)).frame());
            assertEquals(2, run.available(size));
        }
    }

    @Test
    void aFrameReadAheadBeforeItWasWrittenIsAskedAgain() throws IOException {
        int size = RawRuns.hcamFrameSize(32, 4, 1);
        Path f = RawRuns.hcam(dir.resolve("run0011.fits"), 32, 4, 1, 0, 2);
        try (HcamServerBytes run = HcamServerBytes.open("run0011", options)) {
            assertInstanceOf(Poll.Ready.class, run.frame(1, size));
            assertInstanceOf(Poll.Ready.class, run.frame(2, size), "in order: frame 3 is now asked for ahead");
            RawRuns.appendFrame(f, 3, size);
            assertArrayEquals(RawRuns.frameBytes(3, size), (byte[]) ((Poll.Ready<?>) run.frame(3, size)).frame(),
                    "the early 'not yet' for frame 3 must not be returned once it is written");
            RawRuns.appendFrame(f, 4, size);
            assertEquals(4, run.available(size), "a reply read ahead is consumed before the next request");
            assertArrayEquals(RawRuns.frameBytes(4, size), (byte[]) ((Poll.Ready<?>) run.frame(4, size)).frame());
            assertArrayEquals(RawRuns.frameBytes(2, size), (byte[]) ((Poll.Ready<?>) run.frame(2, size)).frame());
        }
    }

    @Test
    void servesRunsInSubdirectories() throws IOException {
        Files.createDirectories(dir.resolve("night1"));
        int size = RawRuns.hcamFrameSize(10, 10, 1);
        RawRuns.hcam(dir.resolve("night1/run0010.fits"), 10, 10, 1, 1, 1);
        try (HcamServerBytes run = HcamServerBytes.open("night1/run0010", options)) {
            assertEquals(1, run.available(size));
            assertArrayEquals(RawRuns.frameBytes(1, size), (byte[]) ((Poll.Ready<?>) run.frame(1, size)).frame());
        }
    }

    @Test
    void unknownRunIsAClearError() {
        SourceAccessException e = assertThrows(SourceAccessException.class,
                () -> HcamServerBytes.open("run0099", options));
        assertTrue(e.getMessage().contains("no such run") && e.getMessage().contains("run0099"), e.getMessage());
    }

    /** The server opens runs as the readers do: a header they refuse is refused with their reason. */
    @Test
    void runWithAnImpossibleFrameSizeIsRefusedWithTheReadersReason() throws IOException {
        Path f = RawRuns.hcam(dir.resolve("run0004.fits"), 40, 8, 4, 0, 1);
        byte[] all = Files.readAllBytes(f);
        RawRuns.replace(all, "NAXIS1", RawRuns.card("NAXIS1", "0"));
        Files.write(f, all);
        SourceAccessException e = assertThrows(SourceAccessException.class,
                () -> HcamServerBytes.open("run0004", options));
        assertTrue(e.getMessage().contains("bad run: run0004.fits: NAXIS1 = 0 is not a possible frame size"),
                e.getMessage());
    }

    @Test
    void frameOfTheWrongSizeIsAFormatError() throws IOException {
        int size = RawRuns.hcamFrameSize(40, 8, 4);
        RawRuns.hcam(dir.resolve("run0005.fits"), 40, 8, 4, 2, 2);
        try (HcamServerBytes run = HcamServerBytes.open("run0005", options)) {
            FormatException small = assertThrows(FormatException.class, () -> run.frame(1, size + 10));
            assertTrue(small.getMessage().contains("frame 1 has " + size + " bytes, expected " + (size + 10)),
                    small.getMessage());
            FormatException big = assertThrows(FormatException.class, () -> run.frame(2, size - 10));
            assertTrue(big.getMessage().contains("expected " + (size - 10)), big.getMessage());
        }
    }

    @Test
    void serverStoppingMidRunIsAClearError() throws IOException {
        int size = RawRuns.hcamFrameSize(40, 8, 4);
        RawRuns.hcam(dir.resolve("run0006.fits"), 40, 8, 4, 0, 2);
        try (HcamServerBytes run = HcamServerBytes.open("run0006", options)) {
            assertInstanceOf(Poll.Ready.class, run.frame(1, size));
            server.close();
            SourceAccessException e = assertThrows(SourceAccessException.class, () -> run.frame(2, size));
            assertTrue(e.getMessage().contains("frame 2") && e.getMessage().contains("run0006"), e.getMessage());
            SourceAccessException again = assertThrows(SourceAccessException.class, () -> run.available(size));
            assertTrue(again.getMessage().contains("cannot ask"), again.getMessage());
        }
    }
}
