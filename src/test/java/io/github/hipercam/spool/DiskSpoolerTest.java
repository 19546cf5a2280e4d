package io.github.hipercam.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiskSpoolerTest {

    /** Answers a fixed sequence of polls. */
    private static final class Scripted implements Spooler<Ccd> {
        final Deque<Poll<Ccd>> answers;
        boolean closed;

        Scripted(List<Poll<Ccd>> answers) {
            this.answers = new ArrayDeque<>(answers);
        }

        @Override
        public Poll<Ccd> poll() {
            return answers.isEmpty() ? Poll.end() : answers.poll();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Ccd ccd(float value) {
        Window w = Window.of(new Winhead(1, 1, 1, 1, 1, 1, ""), new float[] {value}, Header.empty());
        return new Ccd(Map.of("1", w), 10, 10, 0, 0);
    }

    @Test
    void fromFirstFrameOnwardsTheCurrentEndOfTheFileEndsTheSpool() {
        Scripted inner = new Scripted(List.of(Poll.ready(ccd(5f), 1), Poll.notYet(), Poll.ready(ccd(6f), 2)));
        Spooler<Ccd> spool = DiskSpooler.of(inner, 1, SpoolOptions.defaults());
        Poll.Ready<?> first = assertInstanceOf(Poll.Ready.class, spool.poll());
        assertEquals(5.0, ((Ccd) first.frame()).window("1").get(0, 0));
        assertInstanceOf(Poll.End.class, spool.poll(), "not yet becomes the end");
        spool.close();
        assertTrue(inner.closed, "closing the wrapper closes the file's spool");
    }

    @Test
    void followingAGrowingRunKeepsNotYet() {
        Scripted inner = new Scripted(List.of(Poll.notYet(), Poll.ready(ccd(7f), 3)));
        Spooler<Ccd> spool = DiskSpooler.of(inner, 3, SpoolOptions.defaults().withFollow(true));
        assertSame(inner, spool, "following: the file's own spool");
        assertInstanceOf(Poll.NotYet.class, spool.poll());
        assertEquals(3, assertInstanceOf(Poll.Ready.class, spool.poll()).number());
    }

    @Test
    void theLastFramesAreAlwaysFollowedAsInTheReference() {
        Scripted inner = new Scripted(List.of(Poll.notYet()));
        assertSame(inner, DiskSpooler.of(inner, 0, SpoolOptions.defaults()));
        assertSame(inner, DiskSpooler.of(inner, -2, SpoolOptions.defaults()));
    }
}
