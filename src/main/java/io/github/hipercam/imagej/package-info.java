/**
 * The ImageJ/Fiji adapter: everything a user of ImageJ sees of hipercam-ij.
 * It holds only what talks to ImageJ; runs are opened with
 * {@code io.github.hipercam.run.Runs}, and the logic that needs no ImageJ
 * (frame caches, file kinds, the macro functions' cursors) lives in the core.
 *
 * <ul>
 *   <li>{@code guard}: the classes {@code plugins.config} names, compiled for
 *       Java 8, which hand over to the real commands on Java 17 or later and
 *       explain on an older Java.</li>
 *   <li>{@code commands}: the menu commands and their dialogs, and Fiji's
 *       File &gt; Open ({@code HcmIOPlugin}); only they talk to the user.</li>
 *   <li>{@code views}: how a run is shown: the canvas and calibration of a CCD,
 *       the virtual stacks over one shared frame cache, slice labels, and the
 *       live view that follows a growing run.</li>
 *   <li>{@code macros}: the {@code Ext.} macro functions.</li>
 *   <li>{@code bench}: the stack benchmark.</li>
 * </ul>
 */
package io.github.hipercam.imagej;
