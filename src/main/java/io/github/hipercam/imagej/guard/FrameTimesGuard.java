package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; Frame Times, guarded (see {@link Guard}). */
public final class FrameTimesGuard extends Guard {
}
