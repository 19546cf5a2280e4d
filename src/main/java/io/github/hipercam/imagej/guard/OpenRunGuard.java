package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; Open Run... and File &gt; Import &gt; HiPERCAM Run..., guarded (see {@link Guard}). */
public final class OpenRunGuard extends Guard {
}
