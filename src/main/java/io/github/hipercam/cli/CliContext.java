package io.github.hipercam.cli;

import io.github.hipercam.spool.HangAbout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a command reads from and writes to outside its arguments: standard
 * output and error, the environment, and how it waits. {@link #system()} is
 * the real process; tests pass string writers, a map for the environment and
 * a fake sleeper.
 *
 * @param out standard output
 * @param err standard error (progress, status and error messages)
 * @param env environment lookup, e.g. {@code System::getenv}; answers null for unset
 * @param sleeper how {@code tail} and {@code grab} wait for new frames, or null for real time
 * @param errIsTerminal true if standard error is a terminal, where a progress bar may redraw itself
 *     with carriage returns; elsewhere (a log file, a pipe, a test) progress goes a line at a time
 */
public record CliContext(PrintWriter out, PrintWriter err, UnaryOperator<String> env, HangAbout.Sleeper sleeper,
        boolean errIsTerminal) {

    /** Rejects missing parts (only the sleeper may be null). */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(env, "env");
    }

    /**
     * A context whose standard error is not a terminal.
     *
     * @param out standard output
     * @param err standard error
     * @param env environment lookup
     * @param sleeper how to wait, or null for real time
     */
    public CliContext(PrintWriter out, PrintWriter err, UnaryOperator<String> env, HangAbout.Sleeper sleeper) {
        this(out, err, env, sleeper, false);
    }

    /** @return the process's streams and environment, real waits */
    public static CliContext system() {
        return new CliContext(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System::getenv, null, stderrIsTerminal());
    }

    /**
     * Whether standard error is a terminal: on Linux, whether file
     * descriptor 2 is a terminal device; elsewhere, whether the JVM has a
     * console (standard input and output are terminals).
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc: ask the console
        }
        return System.console() != null;
    }

    /**
     * @param twait seconds between tries
     * @param tmax seconds to wait without a new frame
     * @return a hang-about policy that reports its waits on {@link #err()}
     */
    HangAbout hangAbout(double twait, double tmax) {
        HangAbout.Builder b = HangAbout.builder(twait, tmax).status(line -> {
            err.println(" ** " + line);
            err.flush();
        });
        if (sleeper != null) {
            b.sleeper(sleeper);
        }
        return b.build();
    }
}
