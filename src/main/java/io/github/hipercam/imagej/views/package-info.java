/**
 * How a run is shown in ImageJ.
 *
 * <ul>
 *   <li>{@link io.github.hipercam.imagej.views.CcdCanvas} is the geometry of
 *       the picture of one CCD: its windows at their true places on a canvas
 *       from {@code 1 - nxpad} to {@code nxtot + nxpad} (binned), and the
 *       {@link ij.measure.Calibration} that makes the cursor read unbinned CCD
 *       coordinates; {@link io.github.hipercam.imagej.views.CcdRenderer} draws
 *       one CCD on it.</li>
 *   <li>{@link io.github.hipercam.imagej.views.OpenRun} is a run opened for
 *       viewing: the opened run, one bounded frame cache shared by all its
 *       CCDs, and the canvases; {@link io.github.hipercam.imagej.views.RunStack}
 *       is the {@link ij.VirtualStack} of one CCD or of all CCDs as a
 *       hyperstack, {@link io.github.hipercam.imagej.views.FrameLabels} writes
 *       its slice labels.</li>
 *   <li>{@link io.github.hipercam.imagej.views.Layout} is where windows go in a
 *       picture: a {@link io.github.hipercam.imagej.views.CcdCanvas} (whole or
 *       cropped to the windows) or a {@link io.github.hipercam.imagej.views.Mosaic};
 *       {@link io.github.hipercam.imagej.views.View} is the user's choice of
 *       them.</li>
 *   <li>How a run looks: {@link io.github.hipercam.imagej.views.Channels}
 *       (names, colours and percentile display ranges of the CCDs),
 *       {@link io.github.hipercam.imagej.views.WindowOverlay} (gaps filled,
 *       windows outlined and named), {@link io.github.hipercam.imagej.views.ScreenFit}
 *       (zoom that fits the screen); {@link io.github.hipercam.imagej.views.RunImages}
 *       puts them together, a hyperstack as a composite image.</li>
 *   <li>{@link io.github.hipercam.imagej.views.Follower} is the live view of a
 *       run still being written; {@link io.github.hipercam.imagej.views.FileOpener}
 *       opens one file as File &gt; Open does.</li>
 * </ul>
 */
package io.github.hipercam.imagej.views;
