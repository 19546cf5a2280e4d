/**
 * Formats of raw runs: what an instrument's runs mean, apart from where their
 * bytes come from.
 *
 * <p>A {@link io.github.hipercam.format.RunFormat}, registered with
 * {@link java.util.ServiceLoader}, has three parts, as in SCIFIO: a
 * <b>check</b> ({@code recognises}), a <b>parse</b> of the header into an
 * immutable {@link io.github.hipercam.format.Readout}, and a <b>decode</b>
 * ({@link io.github.hipercam.format.Decoding}) of each frame's bytes. The
 * built-in formats live in {@code io.github.hipercam.hcam} (HiPERCAM) and
 * {@code io.github.hipercam.ucam} (ULTRACAM, ULTRASPEC); none of them imports a
 * byte source. {@code io.github.hipercam.run} joins a format to a
 * {@link io.github.hipercam.source.ByteSource} of its
 * {@link io.github.hipercam.spi.Layout}.
 */
package io.github.hipercam.format;
