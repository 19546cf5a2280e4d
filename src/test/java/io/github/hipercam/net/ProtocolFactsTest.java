package io.github.hipercam.net;

import io.github.hipercam.wire.HcamProtocol;
import io.github.hipercam.wire.UcamProtocol;
import io.github.hipercam.wire.JsonFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.InvalidArgumentException;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Addresses, message formats and frame sizes of the two protocols. */
class ProtocolFactsTest {

    @Test
    void hipercamAddressFromOptionsEnvironmentOrDefault() {
        Map<String, String> none = Map.of();
        assertEquals("ws://localhost:8007/run0012", ServerAddress.hipercamRun("run0012", null, none::get).toString());
        Map<String, String> env = Map.of("HIPERCAM_DEFAULT_URL", "obs.example:9000/");
        assertEquals("ws://obs.example:9000/night1/run0012",
                ServerAddress.hipercamRun("night1/run0012", null, env::get).toString());
        assertEquals("ws://127.0.0.1:8123/run1", ServerAddress.hipercamRun("run1", "127.0.0.1:8123", env::get)
                .toString(), "options win, a missing slash is added");
        assertEquals("ws://h:1/run1", ServerAddress.hipercamRun("run1", "http://h:1/", env::get).toString());
        assertEquals("wss://h:1/run1", ServerAddress.hipercamRun("run1", "https://h:1/", env::get).toString());
        assertThrows(InvalidArgumentException.class, () -> ServerAddress.hipercamRun("frame7", null, none::get));
        assertThrows(InvalidArgumentException.class, () -> ServerAddress.hipercamRun("run1", "ftp://h/", none::get));
    }

    @Test
    void ultracamAddressFromOptionsEnvironmentOrDefault() {
        Map<String, String> none = Map.of();
        assertEquals("http://localhost:8007/run012", ServerAddress.ultracamRun("run012", null, none::get).toString());
        Map<String, String> env = Map.of("ULTRACAM_DEFAULT_URL", "http://atc:8007/");
        assertEquals("http://atc:8007/2010-05-01/run012",
                ServerAddress.ultracamRun("2010-05-01/run012", null, env::get).toString());
        assertEquals("http://h:2/a%20b/run012", ServerAddress.ultracamRun("a b/run012", "ws://h:2", env::get)
                .toString());
    }

    @Test
    void jsonFieldsOfTheProtocol() {
        assertEquals("OK", JsonFields.string("{\"status\": \"OK\"}", "status").orElseThrow());
        assertEquals("no such run", JsonFields.string("{'x':1, \"status\":\"no such run\"}", "status").orElseThrow());
        assertEquals(OptionalLong.of(42), JsonFields.integer("{\"nframes\": 42}", "nframes"));
        assertEquals(OptionalLong.of(3), JsonFields.integer(HcamProtocol.frameRequest(3), "frame_number"));
        assertEquals(OptionalLong.empty(), JsonFields.integer("{\"frame_number\": 3.5}", "frame_number"));
        assertEquals(OptionalLong.empty(), JsonFields.integer("{\"frame_number\": \"3\"}", "frame_number"));
        assertEquals("a\"b\\c", JsonFields.string("{\"s\": " + JsonFields.quote("a\"b\\c") + "}", "s").orElseThrow());
        assertEquals("{\"action\": \"get_hdr\"}", HcamProtocol.request(HcamProtocol.GET_HDR));
        assertEquals(OptionalLong.of(17), UcamProtocol.parseNframes(UcamProtocol.nframesReply(17)));
        assertEquals(OptionalLong.empty(), UcamProtocol.parseNframes("nframes=\"x\""));
    }

    @Test
    void frameSizeAsTheDeployedServerComputesIt() {
        assertEquals(51538 * 2, HcamProtocol.frameSize(206080, 1, 4, 16, "run0004"));
        assertEquals(52498 * 2, HcamProtocol.frameSize(1640, 32, 1, 16, "run0003"));
        FormatException e = assertThrows(FormatException.class, () -> HcamProtocol.frameSize(0, 1, 1, 16, "r"));
        assertTrue(e.getMessage().contains("NX = 0"), e.getMessage());
        assertThrows(FormatException.class, () -> HcamProtocol.frameSize(1L << 40, 1L << 40, 1, 16, "r"));
        assertThrows(FormatException.class, () -> HcamProtocol.frameSize(10, 10, 1, 12, "r"));
    }
}
