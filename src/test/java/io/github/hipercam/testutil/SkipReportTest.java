package io.github.hipercam.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/** The lines SkipReport prints, and that JUnit is told to load it for every test class. */
class SkipReportTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final SkipReport report = new SkipReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** An ExtensionContext that answers only what SkipReport asks. */
    private static ExtensionContext context(Class<?> cls, Method method, String displayName) {
        return (ExtensionContext) Proxy.newProxyInstance(SkipReportTest.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getRequiredTestClass" -> cls;
                    case "getTestClass" -> Optional.of(cls);
                    case "getTestMethod" -> Optional.ofNullable(method);
                    case "getDisplayName" -> displayName;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static Method method(String name) throws NoSuchMethodException {
        return SkipReportTest.class.getDeclaredMethod(name);
    }

    @Test
    void anAbortedTestSaysWhy() throws Exception {
        ExtensionContext c = context(SkipReportTest.class, method("anAbortedTestSaysWhy"), "anAbortedTestSaysWhy()");
        report.testAborted(c, new TestAbortedException("Assumption failed: xvfb-run is not installed"));
        assertEquals("SKIPPED io.github.hipercam.testutil.SkipReportTest.anAbortedTestSaysWhy: "
                + "Assumption failed: xvfb-run is not installed" + System.lineSeparator(), printed());
    }

    @Test
    void aParameterizedInvocationKeepsItsDisplayName() throws Exception {
        ExtensionContext c = context(SkipReportTest.class, method("printed"), "[2] ucam-1pair/expected.ul.json");
        report.testAborted(c, new TestAbortedException());
        assertEquals("SKIPPED io.github.hipercam.testutil.SkipReportTest.printed [2] ucam-1pair/expected.ul.json: "
                + "(no reason given)" + System.lineSeparator(), printed());
    }

    @Test
    void aDisabledTestWithoutReasonSaysDisabled() throws Exception {
        ExtensionContext c = context(SkipReportTest.class, method("printed"), "printed()");
        report.testDisabled(c, Optional.empty());
        assertEquals("SKIPPED io.github.hipercam.testutil.SkipReportTest.printed: disabled"
                + System.lineSeparator(), printed());
    }

    @Test
    void anAbortedBeforeAllNamesTheWholeClassAndIsRethrown() {
        ExtensionContext c = context(String.class, null, "String");
        TestAbortedException abort = new TestAbortedException("no /usr/bin/python3");
        assertSame(abort, assertThrows(TestAbortedException.class,
                () -> report.handleBeforeAllMethodExecutionException(c, abort)));
        assertEquals("SKIPPED java.lang.String.*: no /usr/bin/python3" + System.lineSeparator(), printed());
    }

    @Test
    void aFailingBeforeAllIsRethrownWithoutASkipLine() {
        ExtensionContext c = context(String.class, null, "String");
        IOException fault = new IOException("disk full");
        assertSame(fault, assertThrows(IOException.class, () -> report.handleBeforeAllMethodExecutionException(c,
                fault)));
        assertEquals("", printed());
    }

    @Test
    void junitLoadsItForEveryTestClass() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SkipReportTest.class.getResourceAsStream("/junit-platform.properties")) {
            p.load(in);
        }
        assertEquals("true", p.getProperty("junit.jupiter.extensions.autodetection.enabled"));
        assertEquals("io.github.hipercam.testutil.*", p.getProperty("junit.jupiter.extensions.autodetection.include"));
        String services = "/META-INF/services/org.junit.jupiter.api.extension.Extension";
        try (InputStream in = SkipReportTest.class.getResourceAsStream(services)) {
            assertEquals(SkipReport.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }
}
