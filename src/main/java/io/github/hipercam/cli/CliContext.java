package io.github.hipercam.cli;

import io.github.hipercam.spool.HangAbout;
import java.io.PrintWriter;
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
 */
public record CliContext(PrintWriter out, PrintWriter err, UnaryOperator<String> env, HangAbout.Sleeper sleeper) {

    /** Rejects missing parts (only the sleeper may be null). */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(env, "env");
    }

    /** @return the process's streams and environment, real waits */
    public static CliContext system() {
        return new CliContext(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System::getenv, null);
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
