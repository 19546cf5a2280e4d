/**
 * Small helpers the rest of the library shares: the one bounded
 * least-recently-used cache ({@link io.github.hipercam.util.Lru}), numbers for
 * people ({@link io.github.hipercam.util.Numbers}), percentiles as the
 * pipeline's plots take them ({@link io.github.hipercam.util.Percentiles}) and
 * MJDs as ISO 8601 date-times ({@link io.github.hipercam.util.MjdTimes}).
 */
package io.github.hipercam.util;
