package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; Export Frames..., guarded (see {@link Guard}). */
public final class ExportFramesGuard extends Guard {
}
