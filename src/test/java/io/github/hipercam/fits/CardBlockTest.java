package io.github.hipercam.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hipercam.InvalidArgumentException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardBlockTest {

    @Test
    void writesCardsFromSimpleToEnd() {
        String block = CardBlock.builder()
                .add("NAXIS1", 2148, null)
                .add("EXPTIME", 0.1 + 0.0304, "exposure time (s)")
                .add("MJD-OBS", 58256.84486033596, "start")
                .add("GOODTIME", false, null)
                .add("FILTER", "gs", null)
                .build();
        List<String> cards = block.lines().toList();
        assertEquals(List.of(
                "SIMPLE  =                    T / conforms to FITS standard",
                "NAXIS1  =                 2148",
                "EXPTIME =               0.1304 / exposure time (s)",
                "MJD-OBS =    58256.84486033596 / start",
                "GOODTIME=                    F",
                "FILTER  = 'gs      '",
                "END"), cards);
    }

    @Test
    void keepsFitsTextPrintableAndShort() {
        String s = "x".repeat(100) + "\u00e9";
        String card = CardBlock.builder().add("OBJECT", "M\u00e9", "\u00b0").build().lines().toList().get(1);
        assertEquals("OBJECT  = 'M?      '           / ?", card);
        String longCard = CardBlock.builder().add("OBJECT", s, null).build().lines().toList().get(1);
        assertEquals("OBJECT  = '" + "x".repeat(CardBlock.MAX_STRING) + "'", longCard);
    }

    @Test
    void refusesKeysFitsDoesNotAllow() {
        assertThrows(InvalidArgumentException.class, () -> CardBlock.builder().add("LONGKEYWORD", 1, null));
        assertThrows(InvalidArgumentException.class, () -> CardBlock.builder().add("mjd", 1, null));
    }
}
