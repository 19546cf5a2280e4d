/**
 * The ImageJ menu commands (Plugins &gt; HiPERCAM, File &gt; Import), their
 * dialogs ({@link io.github.hipercam.imagej.commands.Fields}, which read the
 * same options from a dialog or a macro), and Fiji's File &gt; Open and drag
 * and drop ({@link io.github.hipercam.imagej.commands.HcmIOPlugin}). Each
 * command opens its run with {@code Runs.open} and hands it to a view; only
 * these classes talk to the user.
 */
package io.github.hipercam.imagej.commands;
