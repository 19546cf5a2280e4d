/**
 * The frame model: what every source yields, whatever file or server it came from.
 *
 * <p>{@link io.github.hipercam.model.Winhead} is the geometry of a window (lower-left
 * pixel {@code (llx, lly)} in unbinned, 1-based CCD coordinates, binned size
 * {@code nx x ny}, binning factors and output amplifier).
 * {@link io.github.hipercam.model.Window} adds pixels and header cards;
 * {@link io.github.hipercam.model.Ccd} is an ordered, labelled group of windows with
 * the CCD's size and display padding; {@link io.github.hipercam.model.Mccd} is an
 * ordered, labelled group of CCDs plus a top-level {@link io.github.hipercam.model.Header}.
 *
 * <p>Pixel arrays are row-major with row 0 at the bottom (lowest y), as in the
 * reference pipeline. A window holds float32, float64, or the unsigned 16-bit
 * counts of a raw camera frame (each a float32 exactly), and reads the same
 * values whichever it holds. All values here are immutable; invalid geometry cannot be
 * constructed.
 */
package io.github.hipercam.model;
