package io.github.hipercam.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** A filled template is the header a builder given the same calls and values makes, card for card. */
class HeaderTemplateTest {

    private static final Header RUN = Header.builder()
            .set("INSTRUME", "ULTRACAM", "instrument")
            .comment("a comment")
            .set("EXPTIME", 9.5, "run's exposure")
            .set("ESO DET NSAMP", 4L, "long keyword")
            .build();

    @Test
    void filledHeaderEqualsTheBuiltOne() {
        HeaderTemplate t = HeaderTemplate.builder()
                .set("CCDNAME", "Red CCD", "")
                .slot("TIMSTAMP", "stamp")
                .slot("nframe", "frame number")
                .addAll(RUN)
                .slot("MJDUTC", "mid exposure")
                .build();
        for (long n = 1; n <= 3; n++) {
            Header built = Header.builder()
                    .set("CCDNAME", "Red CCD", "")
                    .set("TIMSTAMP", "2019-03-07T01:02:0" + n, "stamp")
                    .set("NFRAME", n, "frame number")
                    .addAll(RUN)
                    .set("MJDUTC", 58549.5 + n, "mid exposure")
                    .build();
            Header filled = t.fill("2019-03-07T01:02:0" + n, (int) n, 58549.5 + n);
            assertEquals(built, filled);
            assertEquals(built.cards(), filled.cards());
            assertEquals(n, filled.requireLong("NFRAME", "test"));
            assertEquals(58549.5 + n, filled.requireDouble("mjdutc", "test"));
            assertEquals(4L, filled.get("ESO DET NSAMP"));
            assertEquals("a comment", filled.cards().get(4).value());
        }
    }

    @Test
    void aSlotReplacedLaterIsDroppedAsTheBuilderDropsIt() {
        HeaderTemplate t = HeaderTemplate.builder().slot("EXPTIME", "per frame").slot("GOODTIME", "ok").addAll(RUN)
                .build();
        Header filled = t.fill(1.25, true);
        Header built = Header.builder().set("EXPTIME", 1.25, "per frame").set("GOODTIME", true, "ok").addAll(RUN)
                .build();
        assertEquals(built, filled);
        assertEquals(9.5, filled.get("EXPTIME"));
        assertEquals("run's exposure", filled.card("EXPTIME").orElseThrow().comment());
        assertEquals(0, filled.cards().indexOf(filled.card("EXPTIME").orElseThrow()));
    }

    @Test
    void slotValuesAreNormalisedLikeAnyCard() {
        Header h = HeaderTemplate.builder().slot("N", "").slot("X", "").build().fill(3, 1.5f);
        assertEquals(3L, h.get("N"));
        assertEquals(1.5, h.get("X"));
    }

    @Test
    void headersFromOneTemplateAreIndependent() {
        HeaderTemplate t = HeaderTemplate.builder().slot("NFRAME", "").build();
        Header a = t.fill(1L);
        Header b = t.fill(2L);
        assertEquals(1L, a.get("NFRAME"));
        assertEquals(2L, b.get("NFRAME"));
        assertThrows(UnsupportedOperationException.class, () -> a.cards().set(0, Card.of("NFRAME", 9L)));
        assertEquals(2L, b.toBuilder().build().get("NFRAME"));
    }

    @Test
    void aMarkerTextInTheRunHeaderIsNotTakenForASlot() {
        Header run = Header.builder().set("OBJECT", "slot 0", "").build();
        HeaderTemplate t = HeaderTemplate.builder().addAll(run).slot("NFRAME", "").build();
        Header h = t.fill(7L);
        assertEquals("slot 0", h.get("OBJECT"));
        assertEquals(7L, h.get("NFRAME"));
    }

    @Test
    void theWrongNumberOfValuesIsRefused() {
        HeaderTemplate t = HeaderTemplate.builder().slot("A", "").slot("B", "").build();
        assertEquals(2, t.slots());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> t.fill(1L));
        assertTrue(e.getMessage().contains("2 slots, got 1"), e.getMessage());
    }

    @Test
    void plainKeysAreKeptAndOthersNormalised() {
        assertEquals("MJD-OBS", Card.normaliseKey("MJD-OBS"));
        assertEquals("A_1", Card.normaliseKey("A_1"));
        assertEquals("EXPTIME", Card.normaliseKey("exptime"));
        assertEquals("EXPTIME", Card.normaliseKey(" EXPTIME "));
        assertEquals("ESO DET NSAMP", Card.normaliseKey("HIERARCH ESO DET NSAMP"));
        assertEquals("LONGKEYWORD", Card.normaliseKey("LONGKEYWORD"));
        assertEquals("longkeyword", Card.normaliseKey("longkeyword"));
        assertFalse(Card.of("", "text").key().length() > 0);
    }
}
