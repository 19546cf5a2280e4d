package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.hipercam.bytes.XmlDatFiles;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.run.Spoolers;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose .dat is still being written: NotYet while it grows. Nothing in
 * the files marks a run as finished, so the files answer NotYet beyond the
 * whole frames; the disk spool ends the run there, a followed spool waits.
 */
class UcamFileBytesTest {

    @TempDir
    Path tmp;

    private byte[] writeRun(int frames) throws Exception {
        Path src = tmp.resolve("src");
        UcamRunWriter.write(src, "run010", UcamRunSpec.ultraspec(UcamMode.USPEC_1, "N").withFrames(frames), false);
        Files.copy(src.resolve("run010.xml"), tmp.resolve("run010.xml"));
        return Files.readAllBytes(src.resolve("run010.dat"));
    }

    private void append(byte[] all, int from, int to) throws Exception {
        Files.write(tmp.resolve("run010.dat"), Arrays.copyOfRange(all, from, to), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    @Test
    void growingRunGivesNotYetThenFramesThenEnd() throws Exception {
        byte[] all = writeRun(3);
        int fs = all.length / 3;
        append(all, 0, fs + fs / 2);
        String run = tmp.resolve("run010").toString();
        try (XmlDatFiles b = XmlDatFiles.open(run)) {
            assertEquals(1, b.available(fs));
            assertArrayEquals(Arrays.copyOf(all, fs), ((Poll.Ready<byte[]>) b.frame(1, fs)).frame());
            assertInstanceOf(Poll.NotYet.class, b.frame(2, fs), "a half-written frame is not data");
            append(all, fs + fs / 2, 2 * fs);
            assertArrayEquals(Arrays.copyOfRange(all, fs, 2 * fs), ((Poll.Ready<byte[]>) b.frame(2, fs)).frame());
            assertInstanceOf(Poll.NotYet.class, b.frame(3, fs), "the file grew since the last look");
            assertInstanceOf(Poll.NotYet.class, b.frame(3, fs), "no end mark: still not yet");
            try (Spooler<Mccd> disk = Spoolers.open("ul", run, 1)) {
                assertEquals(1, ((Poll.Ready<Mccd>) disk.poll()).number());
                assertEquals(2, ((Poll.Ready<Mccd>) disk.poll()).number());
                assertInstanceOf(Poll.End.class, disk.poll(), "whole frames only: the disk spool ends there");
            }
            append(all, 2 * fs, 3 * fs);
            assertEquals(3, b.available(fs));
            assertArrayEquals(Arrays.copyOfRange(all, 2 * fs + 4, 2 * fs + 36),
                    ((Poll.Ready<byte[]>) b.part(3, fs, 4, 32)).frame());
        }
    }

    @Test
    void spoolOfAGrowingRunFollowsIt() throws Exception {
        byte[] all = writeRun(3);
        int fs = all.length / 3;
        append(all, 0, fs);
        String run = tmp.resolve("run010").toString();
        try (OpenedRun opened = Runs.open("ul", run, SpoolOptions.defaults().withFollow(true));
                Spooler<Mccd> spool = opened.spool(1)) {
            assertEquals(1, ((Poll.Ready<Mccd>) spool.poll()).number());
            append(all, fs, fs + 10);
            assertInstanceOf(Poll.NotYet.class, spool.poll());
            append(all, fs + 10, 3 * fs);
            assertEquals(2, ((Poll.Ready<Mccd>) spool.poll()).number());
            assertEquals(3, ((Poll.Ready<Mccd>) spool.poll()).number());
            assertInstanceOf(Poll.NotYet.class, spool.poll());
            assertInstanceOf(Poll.NotYet.class, spool.poll(), "a followed run waits for more");
        }
        try (Spooler<Mccd> disk = Spoolers.open("ul", run, 1)) {
            for (int n = 1; n <= 3; n++) {
                assertEquals(n, ((Poll.Ready<Mccd>) disk.poll()).number());
            }
            assertInstanceOf(Poll.End.class, disk.poll(), "the disk spool ends at the end of the file");
        }
    }
}
