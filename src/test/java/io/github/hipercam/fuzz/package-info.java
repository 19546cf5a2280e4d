/**
 * The fuzz harness: a deterministic, seeded mutator that feeds damaged runs,
 * {@code .hcm} files, file lists and server requests through the public entry
 * points a user calls ({@code Spoolers}, {@code Hcm}, {@code Dump}, the file
 * server over loopback) and sorts what comes back.
 *
 * <p>Seeds are written by the project's own writers ({@code synth},
 * {@code Hcm.write}). Input {@code i} of a format is a pure function of the
 * campaign seed and {@code i}, so any finding can be rebuilt from its number.
 * Each input runs on a worker thread of a forked JVM ({@code -Xmx256m}) with
 * a 5 s limit, and ends in one of five ways ({@link Outcome.Kind}): read
 * normally, refused with a {@code HipercamException} (a domain error: what
 * bad input must give), any other throwable, an {@code OutOfMemoryError}, or
 * a hang. A hang ends the worker JVM; {@link FuzzCampaign} starts another at
 * the next input.
 *
 * <p>Why not Jazzer: its fuzzing mode needs a coverage agent, runs one fuzz
 * test per JVM without a per-input memory or time budget we can classify,
 * and is not deterministic across machines; a 2-core CI with a minute for
 * all formats needs a fixed, replayable set of inputs instead. Entry points:
 * {@link FuzzCampaign} (the long campaign), {@link FuzzSmokeTest} (CI) and
 * {@link FuzzRegressionTest} (the saved crashers).
 */
package io.github.hipercam.fuzz;
