/**
 * ULTRACAM (3 CCDs) and ULTRASPEC (1 CCD) raw runs: an {@code .xml} that
 * describes the readout and a {@code .dat} of frames, each a block of timing
 * words followed by little-endian unsigned 16-bit pixels.
 *
 * <p>The XML is parsed once into an immutable description of the readout;
 * a frame's pixels and times are then pure functions of that description
 * and the frame's bytes (and, for times, the timing words of earlier frames,
 * see {@link io.github.hipercam.ucam.TimingWords}).
 *
 * <p>Times: {@link io.github.hipercam.ucam.UcamTimer} implements
 * {@link io.github.hipercam.ucam.UcamClock} from a
 * {@link io.github.hipercam.ucam.UcamTimingSetup}: it decodes the timing
 * bytes ({@link io.github.hipercam.ucam.TimingBytes}), dates the GPS stamp
 * for its era, and works out mid-exposure time and exposure for the readout
 * mode from this frame's stamp and those before it. The fixed dates, clock
 * times and GPS status bits are in
 * {@link io.github.hipercam.ucam.UcamTimeConstants}.
 */
package io.github.hipercam.ucam;
