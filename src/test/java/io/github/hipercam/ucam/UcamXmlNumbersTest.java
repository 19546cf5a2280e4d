package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers in the XML are read as the reference's Python reads them
 * ({@code int()}, {@code float()}, {@code struct.pack("I", ...)}); each case
 * was compared with the reference's dump of a run whose XML said so.
 */
class UcamXmlNumbersTest {

    private static UcamXml xml(String name, String value) {
        String doc = "<datafile><filesave_status><instrument_status><name>Ultracam</name>"
                + "<application_status id=\"SDSU Exec\" name=\"appl5_window1pair_cfg\"/>"
                + "<detector_status><parameter_status name=\"" + name + "\" value=\"" + value + "\"/>"
                + "</detector_status></instrument_status><data_status framesize=\"96032\">"
                + "<header_status headerwords=\"16\"/></data_status></filesave_status></datafile>";
        return UcamXml.parse("test.xml", doc.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "int({0}) = {1}")
    @CsvSource(delimiter = ';', value = {"' 201 '; 201", "+201; 201", "-3; -3", "0_1; 1", "1_000; 1000", "007; 7"})
    void integersAsPythonReadsThem(String text, int value) {
        assertEquals(value, xml("Y1_START", text).param("Y1_START"));
    }

    @ParameterizedTest(name = "int({0}) fails")
    @CsvSource(delimiter = ';', value = {"201.0", "1__0", "_1", "1_", "0x10", "2e2", "''", "1 2"})
    void notIntegersForPython(String text) {
        FormatException e = assertThrows(FormatException.class, () -> xml("Y1_START", text).param("Y1_START"));
        assertTrue(e.getMessage().contains("Y1_START = '" + text + "'"), e.getMessage());
    }

    @ParameterizedTest(name = "float({0}) = {1}")
    @CsvSource(delimiter = ';', value = {"5000; 5000", "' 5000.0 '; 5000", "5e3; 5000", "5_000.5; 5000.5",
        ".5; 0.5", "5.; 5", "-2.5E-1; -0.25"})
    void decimalsAsPythonReadsThem(String text, double value) {
        assertEquals(value, xml("EXPOSE_TIME", text).paramDouble("EXPOSE_TIME"));
    }

    @ParameterizedTest(name = "float({0}) refused")
    @CsvSource(delimiter = ';', value = {"5000d", "5000f", "0x10p2", "NaN", "Infinity", ".", "e3", "1e"})
    void notDecimalsHere(String text) {
        assertThrows(FormatException.class, () -> xml("EXPOSE_TIME", text).paramDouble("EXPOSE_TIME"));
    }

    @ParameterizedTest(name = "V_FT_CLK {0}")
    @CsvSource(delimiter = ';', value = {"9175040; 9175040", "3000000000; 3000000000", "4294967295; 4294967295"})
    void unsigned32(String text, long value) {
        assertEquals(value, xml("V_FT_CLK", text).paramUnsigned32("V_FT_CLK"));
    }

    @ParameterizedTest(name = "V_FT_CLK {0} refused")
    @CsvSource(delimiter = ';', value = {"-5", "4294967296", "1e3"})
    void notUnsigned32(String text) {
        assertThrows(FormatException.class, () -> xml("V_FT_CLK", text).paramUnsigned32("V_FT_CLK"));
    }
}
