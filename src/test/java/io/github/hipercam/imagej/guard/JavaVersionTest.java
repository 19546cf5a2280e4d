package io.github.hipercam.imagej.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading java.version strings as ImageJ's JVMs write them. */
class JavaVersionTest {

    @ParameterizedTest
    @CsvSource({"1.8.0_392, 8", "1.8.0, 8", "1.7.0_80, 7", "1.6.0_65, 6", "9, 9", "11.0.2, 11", "16.0.2, 16",
        "17, 17", "17.0.15, 17", "21.0.5, 21", "21-ea, 21", "22-ea+5, 22", "25, 25", "' 17.0.1 ', 17"})
    void featureReleaseOfEachFormat(String version, int feature) {
        assertEquals(feature, JavaVersion.feature(version), version);
    }

    @ParameterizedTest
    @CsvSource({"''", "abc", "1.", "x17", "123456789"})
    void unreadableVersionsAreUnknownAndNotRefused(String version) {
        assertEquals(-1, JavaVersion.feature(version), version);
        assertFalse(JavaVersion.tooOld(version), "an unreadable version is left to the class loader: " + version);
    }

    @Test
    void theBoundaryIsSeventeen() {
        assertTrue(JavaVersion.tooOld("1.8.0_392"));
        assertTrue(JavaVersion.tooOld("11.0.22"));
        assertTrue(JavaVersion.tooOld("16.0.2"));
        assertFalse(JavaVersion.tooOld("17"));
        assertFalse(JavaVersion.tooOld("21.0.5"));
        assertFalse(JavaVersion.tooOld(null));
        assertEquals(17, JavaVersion.REQUIRED);
    }

    @Test
    void theOverridePropertyReplacesJavaVersion() {
        String before = System.getProperty(JavaVersion.OVERRIDE);
        try {
            System.setProperty(JavaVersion.OVERRIDE, "1.8.0_392");
            assertEquals("1.8.0_392", JavaVersion.running());
            System.clearProperty(JavaVersion.OVERRIDE);
            assertEquals(System.getProperty("java.version"), JavaVersion.running());
        } finally {
            if (before != null) {
                System.setProperty(JavaVersion.OVERRIDE, before);
            }
        }
    }
}
