/**
 * The classes ImageJ loads first: small guards compiled for Java 8, so that an
 * ImageJ still running on Java 8 can load them and say why the HiPERCAM
 * commands cannot run there, instead of failing with a class-loading error.
 *
 * <p>Every line of {@code plugins.config} names a class of this package.
 * Each {@link io.github.hipercam.imagej.guard.Guard} checks the Java that
 * ImageJ runs: on Java 17 or later it creates the real command (named in the
 * one table {@link io.github.hipercam.imagej.guard.RealCommands}, loaded by
 * reflection) and hands over its argument on the same thread, so macro
 * options, recording and {@code run("Open Run...", "...")} behave as if
 * ImageJ had called the command itself. On an older Java it shows one
 * message (which Java, what is needed, how to get it) and stops a running
 * macro. {@link io.github.hipercam.imagej.guard.About} (Plugins &gt; HiPERCAM
 * &gt; About HiPERCAM...) works on any Java. Fiji's File &gt; Open goes
 * through {@link io.github.hipercam.imagej.guard.HcmIOPluginGuard}, which on
 * an old Java claims no file, so Fiji starts and opens files as if the plugin
 * were not there.
 *
 * <p>These classes are compiled by a second compiler execution with
 * {@code --release 8} (see {@code pom.xml}); they may use only the Java 8 API,
 * {@code ij.*} and SciJava's I/O plugin types, never another class of this
 * project, because those are compiled for Java 17. {@code GuardJarIT} checks
 * the class-file versions in the built jar.
 *
 * <p>For trying the old-Java path on a new Java (tests, screenshots), the
 * system property {@code hipercam.guard.javaVersion} replaces
 * {@code java.version} in this package's check, e.g.
 * {@code -Dhipercam.guard.javaVersion=1.8.0_392}.
 */
package io.github.hipercam.imagej.guard;
