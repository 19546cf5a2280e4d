/**
 * The project's synthetic-data writers. They write small, deterministic
 * {@code .hcm} files and raw runs from a short description, so that tests and
 * the bundled {@code testdata/} never depend on data from elsewhere.
 * {@link io.github.hipercam.synth.Synth#writeSamples} regenerates
 * {@code testdata/}; the command line runs it as {@code synth --out testdata}.
 */
package io.github.hipercam.synth;
