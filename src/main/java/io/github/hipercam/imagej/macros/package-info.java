/**
 * Macro functions for ImageJ: {@code run("HiPERCAM Macro Extensions")}
 * registers {@code Ext.openRun}, {@code Ext.followRun}, {@code Ext.nextFrame},
 * {@code Ext.getMjd}, {@code Ext.waitForFrame} and the rest through ImageJ's
 * {@link ij.macro.MacroExtension}.
 *
 * <p>The state behind them is a {@code io.github.hipercam.run.RunSession},
 * which knows nothing of ImageJ; {@link io.github.hipercam.imagej.macros.HipercamMacroExtensions}
 * turns its answers into images and macro values. Lists come back as
 * delimited strings, because ImageJ does not write arrays back into a macro's
 * variables. Example macros live in {@code macros/} at the top of the project.
 */
package io.github.hipercam.imagej.macros;
