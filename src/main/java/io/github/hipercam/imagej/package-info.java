/**
 * The ImageJ/Fiji adapter: everything a user of ImageJ sees of hipercam-ij.
 *
 * <p>The pieces, from the pixels upward:
 * <ul>
 *   <li>{@link io.github.hipercam.imagej.CcdCanvas} is the geometry of the
 *       picture of one CCD: its windows at their true places on a canvas from
 *       {@code 1 - nxpad} to {@code nxtot + nxpad} (binned), and the ImageJ
 *       {@link ij.measure.Calibration} that makes the cursor read unbinned CCD
 *       coordinates.</li>
 *   <li>{@link io.github.hipercam.imagej.CcdRenderer} turns one
 *       {@link io.github.hipercam.model.Ccd} into a fresh
 *       {@link ij.process.FloatProcessor} on that canvas;
 *       {@link io.github.hipercam.imagej.FrameLabels} writes the slice labels
 *       ({@code MJDUTC = ...} lines).</li>
 *   <li>{@link io.github.hipercam.imagej.OpenRun} holds a run opened for
 *       viewing: the random-access reader, one bounded
 *       {@link io.github.hipercam.imagej.FrameCache} shared by all its CCDs,
 *       and the canvases; {@link io.github.hipercam.imagej.RunStack} is the
 *       {@link ij.VirtualStack} of one CCD or of all CCDs as a hyperstack.</li>
 *   <li>The {@code *Command} classes are the menu commands listed in
 *       {@code plugins.config}; only they talk to the user.</li>
 *   <li>{@link io.github.hipercam.imagej.ServeRunsCommand} ("Serve Runs...")
 *       serves a directory of runs with the project's file server.</li>
 *   <li>{@link io.github.hipercam.imagej.HcmIOPlugin} lets Fiji's File &gt;
 *       Open and drag and drop read {@code .hcm} and raw HiPERCAM files.</li>
 * </ul>
 */
package io.github.hipercam.imagej;
