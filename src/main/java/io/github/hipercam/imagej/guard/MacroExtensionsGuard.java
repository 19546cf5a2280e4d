package io.github.hipercam.imagej.guard;

/** Plugins &gt; HiPERCAM &gt; HiPERCAM Macro Extensions, guarded (see {@link Guard}). */
public final class MacroExtensionsGuard extends Guard {
}
