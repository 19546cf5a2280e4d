package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; Follow Run (live)..., guarded (see {@link Guard}). */
public final class FollowRunGuard extends Guard {
}
