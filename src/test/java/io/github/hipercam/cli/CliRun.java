package io.github.hipercam.cli;

import io.github.hipercam.spool.HangAbout;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One run of the command line with captured output.
 *
 * @param code exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int code, String out, String err) {

    /**
     * @param env the environment the command sees
     * @param sleeper how it waits (null: real time)
     * @param args the command line
     * @return the outcome
     */
    static CliRun of(Map<String, String> env, HangAbout.Sleeper sleeper, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new CliContext(new PrintWriter(out), new PrintWriter(err), env::get, sleeper), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * @param args the command line
     * @return the outcome, as if standard error were a terminal (progress bars redraw in place)
     */
    static CliRun onTerminal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new CliContext(new PrintWriter(out), new PrintWriter(err), k -> null, s -> { }, true),
                args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * @param args the command line
     * @return the outcome, with an empty environment and no real waits
     */
    static CliRun of(String... args) {
        return of(Map.of(), s -> { }, args);
    }
}
