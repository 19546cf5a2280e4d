package io.github.hipercam.testutil;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * Prints one line on stderr for every test that does not run, so that a
 * skip is seen on the console and not only as a count in the summary:
 * <pre>SKIPPED io.github.hipercam.server.InteropTest.*: python3 has no 'websocket' module ...</pre>
 * Registered for every test class, unit and integration alike, by JUnit's
 * extension autodetection ({@code META-INF/services} and
 * {@code junit-platform.properties} in {@code src/test/resources}).
 * <p>
 * It reports a test aborted by a failed assumption (in the test or a
 * {@code @BeforeEach}), a disabled test method, and a whole class whose
 * {@code @BeforeAll} assumption failed (JUnit then reports none of its
 * tests one by one, so the line ends in {@code .*}). A class disabled as a
 * whole is not seen by an extension; none is at present.
 */
public final class SkipReport implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    private final PrintStream err;

    /** Reports on {@link System#err}; the constructor JUnit's autodetection calls. */
    public SkipReport() {
        this(System.err);
    }

    /**
     * @param err where to print the lines
     */
    public SkipReport(PrintStream err) {
        this.err = err;
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        print(testName(context), cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        print(testName(context), reason.orElse("disabled"));
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        if (throwable instanceof TestAbortedException) {
            print(context.getRequiredTestClass().getName() + ".*", throwable.getMessage());
        }
        throw throwable;
    }

    private void print(String test, String reason) {
        err.println("SKIPPED " + test + ": " + (reason == null || reason.isBlank() ? "(no reason given)" : reason));
        err.flush();
    }

    /** @return class.method, with the invocation's display name for a parameterized or repeated test */
    static String testName(ExtensionContext context) {
        String cls = context.getRequiredTestClass().getName();
        Optional<Method> m = context.getTestMethod();
        if (m.isEmpty()) {
            return cls + " " + context.getDisplayName();
        }
        String name = m.get().getName();
        String shown = context.getDisplayName();
        boolean plain = shown.equals(name + "()") || shown.startsWith(name + "(");
        return cls + "." + name + (plain ? "" : " " + shown);
    }
}
