/**
 * ULTRACAM (3 CCDs) and ULTRASPEC (1 CCD) raw runs: an {@code .xml} that
 * describes the readout and a {@code .dat} of frames, each a block of timing
 * words followed by little-endian unsigned 16-bit pixels.
 *
 * <p>The workflow, in the parts STYLE.md asks of a format:
 * <ol>
 *   <li><b>Bytes.</b> A {@link io.github.hipercam.spool.RunBytes} gives the
 *       XML and whole frames by number: {@link io.github.hipercam.ucam.UcamFileBytes}
 *       for local files (a partly written frame is never data; a growing run
 *       answers "not yet"), or the file server's client.</li>
 *   <li><b>Parse.</b> {@link io.github.hipercam.ucam.UcamXml} reads the XML
 *       with DTDs refused; {@link io.github.hipercam.ucam.UcamReadout} is the
 *       reference's {@code Rhead}: mode from the application, windows,
 *       version and framesize checks, header items and the
 *       {@link io.github.hipercam.ucam.UcamTimingSetup} of the clock.</li>
 *   <li><b>Decode.</b> {@link io.github.hipercam.ucam.UcamDecoder} turns a
 *       frame's bytes and times into an {@link io.github.hipercam.model.Mccd},
 *       a pure function of the readout; the layout of every window (the
 *       6-way interleave, flips, strips, chops and overscan cuts) is worked
 *       out once, and ULTRACAM window pairs are then read in one ordered
 *       pass per row ({@code UcamPairLanes}).</li>
 *   <li><b>Time.</b> {@link io.github.hipercam.ucam.UcamTimer} (the
 *       reference's {@code utimer}) times a frame from its timing words and
 *       those of the frames before it, which it reads through
 *       {@link io.github.hipercam.ucam.TimingWords}; where that history
 *       starts is stated by a {@link io.github.hipercam.ucam.UcamHistory}.</li>
 *   <li><b>Read.</b> {@link io.github.hipercam.ucam.UcamRunReader} gives
 *       frames by number over any transport; {@link io.github.hipercam.ucam.UcamTimeSpool}
 *       gives times only. The instruments "ultracam" and "ultraspec"
 *       (source {@code ul}) register through {@link java.util.ServiceLoader};
 *       their spools of small local frames decode ahead on every core.</li>
 * </ol>
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
