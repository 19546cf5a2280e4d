package io.github.hipercam.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hipercam.net.HcamServerBytes;
import io.github.hipercam.net.UcamServerBytes;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many clients at once, of both kinds, each reading every frame in its own order, all get the stored bytes. */
class ConcurrentClientsTest {

    @TempDir
    Path dir;

    @Test
    void manyClientsGetTheStoredBytes() throws Exception {
        int hsize = RawRuns.hcamFrameSize(100, 20, 1);
        Path fits = RawRuns.hcam(dir.resolve("run0001.fits"), 100, 20, 1, 0, 6);
        RawRuns.finish(fits, 6);
        RawRuns.ucam(dir, "run002", 6);
        try (FileServer server = FileServer.start(FileServer.Config.of(dir).withPort(0).withLog(s -> { }))) {
            SpoolOptions hs = SpoolOptions.defaults().withServerUrl(server.hipercamBase())
                    .withTimeout(Duration.ofSeconds(20));
            SpoolOptions us = hs.withServerUrl(server.httpBase().toString());
            ExecutorService pool = Executors.newFixedThreadPool(12);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int c = 0; c < 12; c++) {
                    int seed = c;
                    boolean hcam = c % 2 == 0;
                    results.add(pool.submit(client(seed, hcam ? hsize : RawRuns.UCAM_SIZE,
                            () -> hcam ? HcamServerBytes.open("run0001", hs) : UcamServerBytes.open("run002", us),
                            n -> hcam ? RawRuns.hcamFrameOnDisk(fits, n, hsize) : RawRuns.frameBytes(n, RawRuns.UCAM_SIZE))));
                }
                for (Future<Integer> f : results) {
                    assertEquals(6, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    interface Expected {
        byte[] frame(int n) throws Exception;
    }

    private static Callable<Integer> client(int seed, int size, Callable<ByteSource> open, Expected expected) {
        return () -> {
            List<Integer> order = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
            Collections.shuffle(order, new Random(seed));
            int checked = 0;
            try (ByteSource run = open.call()) {
                assertEquals(6, run.available(size));
                for (int n : order) {
                    Poll<byte[]> p = run.frame(n, size);
                    assertArrayEquals(expected.frame(n), (byte[]) ((Poll.Ready<?>) p).frame(), "frame " + n);
                    checked++;
                }
            }
            return checked;
        };
    }
}
