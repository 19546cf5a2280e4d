package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; Show Frame Header, guarded (see {@link Guard}). */
public final class FrameHeaderGuard extends Guard {
}
