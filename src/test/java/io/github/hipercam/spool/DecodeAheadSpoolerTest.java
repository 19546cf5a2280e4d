package io.github.hipercam.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hipercam.FormatException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.synth.HcamRunSpec;
import io.github.hipercam.synth.HcamRunWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding ahead gives exactly what {@link RunSpooler} gives. */
class DecodeAheadSpoolerTest {

    @TempDir
    Path dir;

    private static OpenedRun open(Path run) {
        return Runs.open("hl", run.toString(), SpoolOptions.defaults());
    }

    private static String describe(Poll<Mccd> p) {
        if (p instanceof Poll.Ready<Mccd> r) {
            return r.number() + ":" + r.frame().head().get("NFRAME") + ":" + r.frame().ccd("1").head().get("MJDUTC");
        }
        return p.getClass().getSimpleName();
    }

    private static List<String> drain(Spooler<Mccd> s, int max) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            Poll<Mccd> p = s.poll();
            out.add(describe(p));
            if (!(p instanceof Poll.Ready<Mccd>)) {
                break;
            }
        }
        return out;
    }

    @Test
    void sameFramesAsRunSpoolerOnAFinishedRun() {
        Path run = HcamRunWriter.write(dir.resolve("r.fits"), HcamRunSpec.of("OneWindow").withFrames(11), true);
        List<String> plain;
        try (OpenedRun opened = open(run); Spooler<Mccd> s = new RunSpooler<>(opened.frames(), 2)) {
            plain = drain(s, 50);
        }
        assertEquals(11, plain.size());
        assertEquals("End", plain.get(10));
        try (OpenedRun opened = open(run); Spooler<Mccd> s = new DecodeAheadSpooler<>(opened.frames(), 2, 2, 3, 2)) {
            assertEquals(plain, drain(s, 50));
            assertInstanceOf(Poll.End.class, s.poll());
        }
    }

    @Test
    void waitsAndResumesOnAGrowingRun() {
        HcamRunSpec spec = HcamRunSpec.of("TwoWindow").withFrames(9);
        Path file = dir.resolve("g.fits");
        try (HcamRunWriter.Growing w = HcamRunWriter.start(file, spec, 0, true);
                OpenedRun opened = open(file);
                Spooler<Mccd> s = new DecodeAheadSpooler<>(opened.frames(), 1, 2, 2, 3)) {
            w.appendFrames(3);
            List<String> first = drain(s, 20);
            assertEquals(4, first.size());
            assertEquals("NotYet", first.get(3));
            assertEquals("3", first.get(2).split(":")[0]);
            w.appendFrames(6);
            w.finish();
            List<String> rest = drain(s, 20);
            assertEquals(7, rest.size());
            assertEquals("4", rest.get(0).split(":")[0]);
            assertEquals("9", rest.get(5).split(":")[0]);
            assertEquals("End", rest.get(6));
        }
    }

    @Test
    void aFaultIsThrownAfterTheFramesBeforeIt() {
        Path run = HcamRunWriter.write(dir.resolve("r.fits"), HcamRunSpec.of("OneWindow").withFrames(5), true);
        try (OpenedRun opened = open(run)) {
            RunReader<Mccd> inner = opened.frames();
            RunReader<Mccd> faulty = delegating(inner, inner::available, number -> {
                if (number == 4) {
                    throw new FormatException("frame 4 is bad");
                }
                return inner.read(number);
            });
            try (Spooler<Mccd> s = new DecodeAheadSpooler<>(faulty, 1, 2, 5, 2)) {
                assertEquals(3, drain(s, 3).size());
                assertThrows(FormatException.class, s::poll);
                assertThrows(FormatException.class, s::poll);
            }
        }
    }

    /** Asking a server how many frames it holds is a round trip: it is asked again only when those run out. */
    @Test
    void asksForTheFramesHeldOnlyWhenThoseAreHandedOut() {
        Path run = HcamRunWriter.write(dir.resolve("r.fits"), HcamRunSpec.of("OneWindow").withFrames(11), true);
        int[] asked = new int[1];
        try (OpenedRun opened = open(run)) {
            RunReader<Mccd> inner = opened.frames();
            RunReader<Mccd> counted = delegating(inner, () -> {
                asked[0]++;
                return inner.available();
            }, inner::read);
            try (Spooler<Mccd> s = new DecodeAheadSpooler<>(counted, 1, 2, 1, 2)) {
                List<String> got = drain(s, 50);
                assertEquals(12, got.size());
                assertEquals("11", got.get(10).split(":")[0]);
                assertEquals("End", got.get(11));
            }
        }
        assertEquals(3, asked[0], "once at the start, then once per poll after the 11 frames were handed out");
    }

    /** A reader that answers through the given functions and closes the inner one. */
    private static RunReader<Mccd> delegating(RunReader<Mccd> inner, IntSupplier available,
            IntFunction<Poll<Mccd>> read) {
        return new RunReader<>() {
            @Override
            public String name() {
                return inner.name();
            }

            @Override
            public int available() {
                return available.getAsInt();
            }

            @Override
            public Poll<Mccd> read(int number) {
                return read.apply(number);
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
