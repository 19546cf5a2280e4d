/**
 * The ImageJ/Fiji adapter: the menu commands that a user of ImageJ sees.
 * {@link io.github.hipercam.imagej.ServeRunsCommand} ("Serve Runs...") serves
 * a directory of runs with the project's file server; only the command
 * classes talk to the user.
 */
package io.github.hipercam.imagej;
