package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; Serve Runs..., guarded (see {@link Guard}). */
public final class ServeRunsGuard extends Guard {
}
