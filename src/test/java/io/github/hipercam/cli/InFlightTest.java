package io.github.hipercam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.synth.SynthHcm;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clean-up that a Ctrl-C runs (as a shutdown hook) during grab. */
class InFlightTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesThroughATrackedTemporary() throws Exception {
        try (InFlight f = new InFlight(false)) {
            f.writer().write(dir.resolve("a_001.hcm"), SynthHcm.frame(2, 1), false);
            assertNull(f.current(), "nothing in flight after the write");
        }
        assertEquals(List.of("a_001.hcm"), files());
        assertEquals(1L, Hcm.readMccd(dir.resolve("a_001.hcm")).head().get("NFRAME"));
    }

    @Test
    void cleanupDuringAWriteLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("b_001.hcm");
        try (InFlight f = new InFlight(false)) {
            SourceAccessException e = assertThrows(SourceAccessException.class,
                    () -> Hcm.write(target, SynthHcm.frame(2, 1), false, tmp -> {
                        OutputStream out = f.open(tmp);
                        return new FilterOutputStream(out) {
                            private boolean hookRan;

                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                out.write(b, off, len);
                                if (!hookRan) {
                                    hookRan = true;
                                    assertEquals(tmp, f.current());
                                    assertTrue(Files.exists(tmp));
                                    f.cleanup();
                                }
                            }
                        };
                    }));
            assertTrue(e.getMessage().startsWith(target + ": cannot write"), e.getMessage());
        }
        assertEquals(List.of(), files(), "neither the .hcm nor its temporary");
    }
}
