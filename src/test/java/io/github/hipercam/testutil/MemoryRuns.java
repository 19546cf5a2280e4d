package io.github.hipercam.testutil;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.fits.FitsHeaders;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.SpoolOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs held in memory, read through the test-only byte source {@link MemorySource}
 * ({@code FORMAT:memory}): a test defines a run's header, appends its frames'
 * bytes as a camera would write them, and finishes it. Any format whose layout
 * the memory source delivers reads them: {@code hipercam:memory} reads a
 * HiPERCAM run written by the project's own writer, {@code toycam:memory} a
 * {@link ToyFormat} run.
 */
public final class MemoryRuns {

    /**
     * One run in memory: a view of its state, which is held in JDK types only
     * (see {@link MemoryRuns}), so that the copy of this class that ImageJ loads
     * sees the same run as the test that defined it.
     */
    public static final class Run {
        private static final int HEADER = 0;
        private static final int WRITTEN = 1;
        private static final int FINISHED = 2;
        private static final int GIVEN = 3;
        private static final int OPTIONS = 4;

        private final Object[] state;

        private Run(Object[] state) {
            this.state = state;
        }

        private static Run of(byte[] header) {
            return new Run(new Object[] {header.clone(), new AtomicReference<>(new byte[0]), new AtomicBoolean(),
                new AtomicInteger(), new AtomicReference<Object>()});
        }

        @SuppressWarnings("unchecked")
        private AtomicReference<byte[]> bytes() {
            return (AtomicReference<byte[]>) state[WRITTEN];
        }

        @SuppressWarnings("unchecked")
        private AtomicReference<Object> opened() {
            return (AtomicReference<Object>) state[OPTIONS];
        }

        /** @return the header bytes */
        public byte[] header() {
            return ((byte[]) state[HEADER]).clone();
        }

        /**
         * @param more frame bytes to add at the end, a whole frame or part of one
         * @return this run
         */
        public Run append(byte[] more) {
            bytes().getAndUpdate(old -> {
                byte[] all = Arrays.copyOf(old, old.length + more.length);
                System.arraycopy(more, 0, all, old.length, more.length);
                return all;
            });
            return this;
        }

        /** @return the bytes of frames written so far */
        public byte[] written() {
            return bytes().get();
        }

        /** Marks the run as complete: a frame past the end is then the end. */
        public void finish() {
            ((AtomicBoolean) state[FINISHED]).set(true);
        }

        /** @return true once finished */
        public boolean finished() {
            return ((AtomicBoolean) state[FINISHED]).get();
        }

        /** @return how many whole frames a reader has been given so far */
        public int given() {
            return ((AtomicInteger) state[GIVEN]).get();
        }

        void gave() {
            ((AtomicInteger) state[GIVEN]).incrementAndGet();
        }

        /**
         * @return the options the run was last opened with, or null (also when
         *     it was last opened inside ImageJ, whose SpoolOptions class is its own)
         */
        public SpoolOptions options() {
            return opened().get() instanceof SpoolOptions o ? o : null;
        }

        void openedWith(SpoolOptions o) {
            opened().set(o);
        }

        /**
         * Waits until a reader has been given at least {@code n} frames.
         *
         * @param n frames
         * @param max longest wait
         * @throws AssertionError if it takes longer
         */
        public void awaitGiven(int n, Duration max) {
            long end = System.nanoTime() + max.toNanos();
            while (given() < n) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("waited " + max + " for " + n + " frames to be read; " + given() + " were");
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /**
     * The runs' states by name. ImageJ, started by the tests in a class loader
     * of its own, loads its own copy of this class; every copy uses the map of
     * the copy in the system class loader, and the states hold JDK types only,
     * so that a run a test defines is the run a macro reads.
     */
    private static final Map<String, Object[]> RUNS = home();
    private static final Map<String, ByteSource> SERVED = new ConcurrentHashMap<>();

    private MemoryRuns() {
    }

    /**
     * @param name the resource name
     * @param header the run's header
     * @return the new, empty run
     */
    public static Run define(String name, byte[] header) {
        Run r = Run.of(header);
        RUNS.put(name, r.state);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object[]> home() {
        try {
            Class<?> home = Class.forName(MemoryRuns.class.getName(), true, ClassLoader.getSystemClassLoader());
            if (home != MemoryRuns.class) {
                Field f = home.getDeclaredField("RUNS");
                f.setAccessible(true);
                return (Map<String, Object[]>) f.get(null);
            }
        } catch (ReflectiveOperationException e) {
            // not on the system class path: this copy's runs are its own
        }
        return new ConcurrentHashMap<>();
    }

    /**
     * Defines a run from a raw run file written by the project's writer: a
     * FITS cube's primary header, then its frames ({@code frames} of them).
     *
     * @param name the resource name
     * @param fits the written run
     * @param frameSize bytes in one frame
     * @param frames how many of its frames to append now
     * @return the run, not finished
     */
    public static Run fromFits(String name, Path fits, int frameSize, int frames) {
        try (FileChannel ch = FileChannel.open(fits, StandardOpenOption.READ)) {
            byte[] header = FitsHeaders.readPrimary(ch, fits.toString());
            byte[] all = Files.readAllBytes(fits);
            Run r = define(name, header);
            r.append(Arrays.copyOfRange(all, header.length, header.length + frames * frameSize));
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Defines a run from a local ULTRACAM or ULTRASPEC run: its XML is the
     * header and its DAT file the frames, all appended now.
     *
     * @param name the resource name
     * @param run the run without extension
     * @param finished true to mark it finished
     * @return the run
     */
    public static Run fromXmlDat(String name, Path run, boolean finished) {
        try {
            Run r = define(name, Files.readAllBytes(Path.of(run + ".xml")));
            r.append(Files.readAllBytes(Path.of(run + ".dat")));
            if (finished) {
                r.finish();
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serves a byte source a test wrote itself under a resource name, for
     * tests of how the core treats a misbehaving transport. The memory
     * source hands it out as it is, once per open.
     *
     * @param name the resource name
     * @param source the byte source
     */
    public static void serve(String name, ByteSource source) {
        SERVED.put(name, source);
    }

    /**
     * @param name a resource name
     * @return the byte source {@link #serve} registered under it, or null
     */
    static ByteSource served(String name) {
        return SERVED.get(name);
    }

    /**
     * @param name a resource name
     * @return its run
     * @throws SourceAccessException if there is none
     */
    static Run get(String name) {
        Object[] state = RUNS.get(name);
        if (state == null) {
            throw new SourceAccessException("memory: no run '" + name + "'");
        }
        return new Run(state);
    }
}
