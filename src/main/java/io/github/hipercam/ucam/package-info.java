/**
 * ULTRACAM (3 CCDs) and ULTRASPEC (1 CCD) raw runs: an {@code .xml} that
 * describes the readout and a {@code .dat} of frames, each a block of timing
 * words followed by little-endian unsigned 16-bit pixels.
 *
 * <p>The XML is parsed once into an immutable description of the readout;
 * a frame's pixels and times are then pure functions of that description
 * and the frame's bytes (and, for times, the timing words of earlier frames,
 * see {@link io.github.hipercam.ucam.TimingWords}).
 */
package io.github.hipercam.ucam;
