package io.github.hipercam.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.MissingKeywordException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderTest {

    private final Header h = Header.builder()
            .set("object", "IP Peg", "target")
            .set("HIERARCH ESO DET NSAMP", 4)
            .comment("a note")
            .set("EXPTIME", 1.5f)
            .set("GOODTIME", true)
            .build();

    @Test
    void keysAreNormalisedAndOrderKept() {
        assertEquals(List.of("OBJECT", "ESO DET NSAMP", "COMMENT", "EXPTIME", "GOODTIME"),
                h.cards().stream().map(Card::key).toList());
        assertEquals("target", h.card("OBJECT").orElseThrow().comment());
    }

    @Test
    void valuesKeepTheirTypes() {
        assertEquals(4L, h.get("ESO DET NSAMP"));
        assertEquals(4L, h.get("HIERARCH ESO DET NSAMP"));
        assertEquals(1.5, h.get("EXPTIME"));
        assertEquals(Boolean.TRUE, h.get("GOODTIME"));
        assertEquals(4, h.requireInt("ESO DET NSAMP", "test"));
        assertEquals(1.5, h.requireDouble("exptime", "test"));
    }

    @Test
    void settingAnExistingKeyReplacesItInPlace() {
        Header h2 = h.with("OBJECT", "SS Cyg", "");
        assertEquals("SS Cyg", h2.get("OBJECT"));
        assertEquals("OBJECT", h2.cards().get(0).key());
        assertEquals("IP Peg", h.get("OBJECT"), "the original is unchanged");
        Header h3 = h.toBuilder().remove("OBJECT").build();
        assertFalse(h3.has("OBJECT"));
        assertEquals(4, h3.size());
    }

    @Test
    void missingAndMistypedKeywordsNameTheKeyAndPlace() {
        MissingKeywordException e = assertThrows(MissingKeywordException.class,
                () -> h.requireInt("NFRAME", "run0001.fits, frame 3"));
        assertEquals("run0001.fits, frame 3: keyword NFRAME is missing", e.getMessage());
        FormatException f = assertThrows(FormatException.class, () -> h.requireInt("OBJECT", "x.hcm"));
        assertTrue(f.getMessage().contains("OBJECT = IP Peg is not an integer"), f.getMessage());
    }
}
