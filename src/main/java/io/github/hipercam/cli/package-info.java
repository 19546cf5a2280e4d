/**
 * The command line: an adapter over the core, run as
 * {@code java -jar hipercam_ij-VERSION.jar COMMAND ...}. Commands: {@code info}
 * (a human-readable summary of a source), {@code dump} (the canonical JSON of
 * {@code DUMP-FORMAT.md}) and {@code synth} (writes the synthetic sample data).
 */
package io.github.hipercam.cli;
