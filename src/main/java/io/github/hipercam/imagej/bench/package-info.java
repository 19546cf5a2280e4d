/**
 * Benchmark programs for the ImageJ adapter (programs that print figures,
 * never timed tests). {@link io.github.hipercam.imagej.bench.StackBenchmark}
 * times the first image and random slice access of the virtual stacks.
 */
package io.github.hipercam.imagej.bench;
