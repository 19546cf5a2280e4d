package io.github.hipercam.testutil;

import io.github.hipercam.source.ByteSource;
import io.github.hipercam.source.ByteSourceProvider;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import java.util.Arrays;
import java.util.Set;

/**
 * A byte source that lives only in the tests: runs held in memory
 * ({@link MemoryRuns}), registered from {@code src/test/resources/META-INF/services}
 * without touching the core. It delivers every layout, so {@code hipercam:memory},
 * {@code ultracam:memory} and {@code toycam:memory} all read through it. Like a
 * file server it is always followed: a frame not written yet is "not yet"
 * until the run is finished. A resource under which a test
 * {@linkplain MemoryRuns#serve serves} a byte source of its own opens that source.
 */
public final class MemorySource implements ByteSourceProvider {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public Set<Layout> layouts() {
        return Set.of(Layout.FITS_CUBE, Layout.XML_DAT, ToyFormat.LAYOUT);
    }

    @Override
    public ByteSource open(String resource, Layout layout, SpoolOptions options) {
        ByteSource served = MemoryRuns.served(resource);
        if (served != null) {
            return served;
        }
        MemoryRuns.Run run = MemoryRuns.get(resource);
        run.openedWith(options);
        return new ByteSource() {
            @Override
            public String name() {
                return "memory:" + resource;
            }

            @Override
            public byte[] header() {
                return run.header();
            }

            @Override
            public int available(int frameSize) {
                return run.written().length / frameSize;
            }

            @Override
            public Poll<byte[]> frame(int number, int frameSize) {
                byte[] all = run.written();
                long start = (number - 1L) * frameSize;
                if (start + frameSize <= all.length) {
                    run.gave();
                    return Poll.ready(Arrays.copyOfRange(all, (int) start, (int) start + frameSize), number);
                }
                return run.finished() ? Poll.end() : Poll.notYet();
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
