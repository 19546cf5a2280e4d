package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.net.UcamServerBytes;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ULTRACAM/ULTRASPEC runs through our server and our HTTP client, byte for byte. */
class UcamServeTest {

    @TempDir
    Path dir;
    private FileServer server;
    private SpoolOptions options;

    @BeforeEach
    void start() {
        server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }));
        options = SpoolOptions.defaults().withServerUrl(server.httpBase().toString())
                .withTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesXmlAndEveryFrameAsStored() throws IOException {
        RawRuns.ucam(dir, "run012", 3);
        try (UcamServerBytes run = UcamServerBytes.open("run012", options)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("run012.xml")), run.header());
            assertEquals(3, run.available(RawRuns.UCAM_SIZE));
            for (int n : new int[] {1, 3, 2, 1}) {
                Poll<byte[]> p = run.frame(n, RawRuns.UCAM_SIZE);
                assertArrayEquals(RawRuns.frameBytes(n, RawRuns.UCAM_SIZE), (byte[]) ((Poll.Ready<?>) p).frame(), "frame " + n);
            }
            assertInstanceOf(Poll.NotYet.class, run.frame(4, RawRuns.UCAM_SIZE));
        }
    }

    @Test
    void followsAGrowingRun() throws IOException {
        Path dat = RawRuns.ucam(dir, "run013", 0);
        try (UcamServerBytes run = UcamServerBytes.open("run013", options)) {
            assertEquals(0, run.available(RawRuns.UCAM_SIZE));
            assertInstanceOf(Poll.NotYet.class, run.frame(1, RawRuns.UCAM_SIZE));
            byte[] one = RawRuns.frameBytes(1, RawRuns.UCAM_SIZE);
            RawRuns.appendBytes(dat, one, 0, RawRuns.UCAM_SIZE - 1);
            assertInstanceOf(Poll.NotYet.class, run.frame(1, RawRuns.UCAM_SIZE));
            RawRuns.appendBytes(dat, one, RawRuns.UCAM_SIZE - 1, RawRuns.UCAM_SIZE);
            assertArrayEquals(one, (byte[]) ((Poll.Ready<?>) run.frame(1, RawRuns.UCAM_SIZE)).frame());
            assertEquals(1, run.available(RawRuns.UCAM_SIZE));
        }
    }

    @Test
    void aFrameReadAheadBeforeItWasWrittenIsAskedAgain() throws IOException {
        Path dat = RawRuns.ucam(dir, "run017", 2);
        try (UcamServerBytes run = UcamServerBytes.open("run017", options)) {
            assertInstanceOf(Poll.Ready.class, run.frame(1, RawRuns.UCAM_SIZE));
            assertInstanceOf(Poll.Ready.class, run.frame(2, RawRuns.UCAM_SIZE), "in order: frames 3 and on are asked for ahead");
            RawRuns.appendFrame(dat, 3, RawRuns.UCAM_SIZE);
            assertArrayEquals(RawRuns.frameBytes(3, RawRuns.UCAM_SIZE), (byte[]) ((Poll.Ready<?>) run.frame(3, RawRuns.UCAM_SIZE)).frame());
            assertInstanceOf(Poll.NotYet.class, run.frame(4, RawRuns.UCAM_SIZE));
            assertArrayEquals(RawRuns.frameBytes(1, RawRuns.UCAM_SIZE), (byte[]) ((Poll.Ready<?>) run.frame(1, RawRuns.UCAM_SIZE)).frame());
        }
    }

    @Test
    void unknownRunIsAClearError() {
        SourceAccessException e = assertThrows(SourceAccessException.class,
                () -> UcamServerBytes.open("run099", options));
        assertTrue(e.getMessage().contains("run099") && e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    void frameOfTheWrongSizeIsAFormatError() throws IOException {
        RawRuns.ucam(dir, "run014", 1);
        try (UcamServerBytes run = UcamServerBytes.open("run014", options)) {
            FormatException e = assertThrows(FormatException.class, () -> run.frame(1, RawRuns.UCAM_SIZE + 100));
            assertTrue(e.getMessage().contains("frame 1 has " + RawRuns.UCAM_SIZE + " bytes, expected " + (RawRuns.UCAM_SIZE + 100)), e.getMessage());
            assertThrows(FormatException.class, () -> run.frame(1, RawRuns.UCAM_SIZE - 100));
        }
    }

    @Test
    void serverStoppingMidRunIsAClearError() throws IOException {
        RawRuns.ucam(dir, "run015", 2);
        try (UcamServerBytes run = UcamServerBytes.open("run015", options)) {
            assertInstanceOf(Poll.Ready.class, run.frame(1, RawRuns.UCAM_SIZE));
            server.close();
            SourceAccessException e = assertThrows(SourceAccessException.class, () -> run.frame(2, RawRuns.UCAM_SIZE));
            assertTrue(e.getMessage().contains("run015?action=get_frame&frame=1"), e.getMessage());
        }
    }

    @Test
    void xmlWithADoctypeIsRefused() throws IOException {
        Files.writeString(dir.resolve("run016.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM"
                + " \"file:///etc/passwd\">]>\n<datafile><data_status framesize=\"&e;\"/></datafile>\n");
        Files.write(dir.resolve("run016.dat"), new byte[10]);
        SourceAccessException e = assertThrows(SourceAccessException.class,
                () -> UcamServerBytes.open("run016", options));
        assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("DTD"), e.getMessage());
    }
}
