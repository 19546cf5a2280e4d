/**
 * Raw HiPERCAM runs ({@code runNNNN.fits}, source {@code hl}; {@code hs}
 * through a server transport).
 *
 * <p>The workflow has three parts, as in SCIFIO:
 * <ol>
 *   <li><b>parse</b> — {@link io.github.hipercam.hcam.HcamReadout#parse} turns the
 *       primary FITS header into an immutable description of the readout:
 *       mode, window sets and geometry, flips of each quadrant, reflected and
 *       rotated CCDs, prescan/overscan cuts, NSAMP pixel order, frame size and
 *       the {@link io.github.hipercam.hcam.TimingModel timing constants};</li>
 *   <li><b>fetch</b> — a {@link io.github.hipercam.source.ByteSource} gives the bytes of
 *       frame n ({@link io.github.hipercam.hcam.HcamFileBytes} for a local file,
 *       counting complete frames from the file's length so a growing run can
 *       be followed);</li>
 *   <li><b>decode</b> — {@link io.github.hipercam.hcam.HcamDecoder#decode} is a pure
 *       function of the readout and the frame's bytes: pixels to float32,
 *       timing bytes to {@code TIMSTAMP}, {@code MJDUTC} and each CCD's
 *       mid-exposure time.</li>
 * </ol>
 * {@link io.github.hipercam.hcam.HcamRunReader} joins them as a
 * {@link io.github.hipercam.spool.RunReader};
 * {@link io.github.hipercam.hcam.HcamTbytesSpool} reads only the timing bytes;
 * {@link io.github.hipercam.hcam.HipercamInstrument} registers the instrument.
 */
package io.github.hipercam.hcam;
