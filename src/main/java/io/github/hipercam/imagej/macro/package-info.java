/**
 * Macro functions for ImageJ: {@code run("HiPERCAM Macro Extensions")}
 * registers {@code Ext.openRun}, {@code Ext.nextFrame}, {@code Ext.getMjd},
 * {@code Ext.waitForFrame} and the rest through ImageJ's
 * {@link ij.macro.MacroExtension}.
 *
 * <p>{@link io.github.hipercam.imagej.macro.MacroSession} holds the open run
 * and the per-CCD cursors and knows nothing of ImageJ;
 * {@link io.github.hipercam.imagej.macro.HipercamMacroExtensions} is the thin
 * ImageJ side that turns its answers into images (drawn by
 * {@link io.github.hipercam.imagej.CcdRenderer}) and macro values. Lists come
 * back as delimited strings, because ImageJ does not write arrays back into a
 * macro's variables. Example macros live in {@code macros/} at the top of the
 * project.
 */
package io.github.hipercam.imagej.macro;
