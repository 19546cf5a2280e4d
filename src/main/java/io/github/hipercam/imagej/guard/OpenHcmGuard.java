package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; Open .hcm... and File &gt; Import &gt; HiPERCAM .hcm..., guarded (see {@link Guard}). */
public final class OpenHcmGuard extends Guard {
}
