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
        RawRuns.ucam(dir, "run012", 1000, 3);
        try (UcamServerBytes run = UcamServerBytes.open("run012", options)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("run012.xml")), run.header());
            assertEquals(3, run.available(1000));
            for (int n : new int[] {1, 3, 2, 1}) {
                Poll<byte[]> p = run.frame(n, 1000);
                assertArrayEquals(RawRuns.frameBytes(n, 1000), (byte[]) ((Poll.Ready<?>) p).frame(), "frame " + n);
            }
            assertInstanceOf(Poll.NotYet.class, run.frame(4, 1000));
        }
    }

    @Test
    void followsAGrowingRun() throws IOException {
        Path dat = RawRuns.ucam(dir, "run013", 500, 0);
        try (UcamServerBytes run = UcamServerBytes.open("run013", options)) {
            assertEquals(0, run.available(500));
            assertInstanceOf(Poll.NotYet.class, run.frame(1, 500));
            byte[] one = RawRuns.frameBytes(1, 500);
            RawRuns.appendBytes(dat, one, 0, 499);
            assertInstanceOf(Poll.NotYet.class, run.frame(1, 500));
            RawRuns.appendBytes(dat, one, 499, 500);
            assertArrayEquals(one, (byte[]) ((Poll.Ready<?>) run.frame(1, 500)).frame());
            assertEquals(1, run.available(500));
        }
    }

    @Test
    void aFrameReadAheadBeforeItWasWrittenIsAskedAgain() throws IOException {
        Path dat = RawRuns.ucam(dir, "run017", 300, 2);
        try (UcamServerBytes run = UcamServerBytes.open("run017", options)) {
            assertInstanceOf(Poll.Ready.class, run.frame(1, 300));
            assertInstanceOf(Poll.Ready.class, run.frame(2, 300), "in order: frames 3 and on are asked for ahead");
            RawRuns.appendFrame(dat, 3, 300);
            assertArrayEquals(RawRuns.frameBytes(3, 300), (byte[]) ((Poll.Ready<?>) run.frame(3, 300)).frame());
            assertInstanceOf(Poll.NotYet.class, run.frame(4, 300));
            assertArrayEquals(RawRuns.frameBytes(1, 300), (byte[]) ((Poll.Ready<?>) run.frame(1, 300)).frame());
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
        RawRuns.ucam(dir, "run014", 800, 1);
        try (UcamServerBytes run = UcamServerBytes.open("run014", options)) {
            FormatException e = assertThrows(FormatException.class, () -> run.frame(1, 900));
            assertTrue(e.getMessage().contains("frame 1 has 800 bytes, expected 900"), e.getMessage());
            assertThrows(FormatException.class, () -> run.frame(1, 700));
        }
    }

    @Test
    void serverStoppingMidRunIsAClearError() throws IOException {
        RawRuns.ucam(dir, "run015", 800, 2);
        try (UcamServerBytes run = UcamServerBytes.open("run015", options)) {
            assertInstanceOf(Poll.Ready.class, run.frame(1, 800));
            server.close();
            SourceAccessException e = assertThrows(SourceAccessException.class, () -> run.frame(2, 800));
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
