package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; HiPERCAM Drop Box, guarded (see {@link Guard}). */
public final class DropBoxGuard extends Guard {
}
