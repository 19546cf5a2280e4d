/**
 * ULTRACAM (3 CCDs) and ULTRASPEC (1 CCD) raw runs: an {@code .xml} that
 * describes the readout and a {@code .dat} of frames, each a block of timing
 * words followed by little-endian unsigned 16-bit pixels. The formats
 * {@code ultracam} and {@code ultraspec} ({@link io.github.hipercam.ucam.UcamFormat})
 * read either camera's runs from any byte source of the XML + DAT layout.
 *
 * <p>The parts STYLE.md asks of a format:
 * <ol>
 *   <li><b>Check.</b> {@link io.github.hipercam.ucam.UcamFormat#recognises}
 *       knows a run's XML by its root and instrument.</li>
 *   <li><b>Parse.</b> {@link io.github.hipercam.ucam.UcamXml} reads the XML
 *       with DTDs refused; {@link io.github.hipercam.ucam.UcamReadout} (built by
 *       {@code UcamReadoutParser}) is the reference's {@code Rhead}: mode from
 *       the application, windows, version and framesize checks, header items
 *       and the timing setup of the clock.</li>
 *   <li><b>Decode.</b> {@link io.github.hipercam.ucam.UcamDecoder} turns a
 *       frame's bytes and times into an {@link io.github.hipercam.model.Mccd},
 *       a pure function of the readout; the layout of every window (the
 *       6-way interleave, flips, strips, chops and overscan cuts) is worked
 *       out once, and ULTRACAM window pairs are then read in one ordered
 *       pass per row ({@code UcamPairLanes}).</li>
 *   <li><b>Time.</b> {@code io.github.hipercam.ucam.timing}: one timer per
 *       opened run ({@link io.github.hipercam.ucam.UcamDecoding} owns it),
 *       which reads the timing words of the earlier frames it needs, so a
 *       frame's time does not depend on the order of reading.</li>
 * </ol>
 * {@link io.github.hipercam.ucam.UcamTimeSpool} gives times without pixels.
 */
package io.github.hipercam.ucam;
