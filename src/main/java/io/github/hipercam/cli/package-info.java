/**
 * The command line: an adapter over the core, run as
 * {@code java -jar hipercam_ij-VERSION.jar COMMAND ...}. Commands: {@code info}
 * (a human-readable summary of any source), {@code dump} (the canonical JSON of
 * {@code DUMP-FORMAT.md}), {@code grab} (frames of a raw run to {@code .hcm}
 * files named as the reference names them), {@code tail} (one line per new
 * frame of a growing run) and {@code synth} (writes the synthetic sample data).
 * Commands talk to the outside only through a
 * {@link io.github.hipercam.cli.CliContext} (streams, environment, sleeper), so
 * tests run them in-process with {@link io.github.hipercam.cli.Main#run(CliContext, String...)}.
 */
package io.github.hipercam.cli;
