/**
 * The little that formats and byte sources share: the name of a run's
 * {@link io.github.hipercam.spi.Layout}, and how plugins are looked up
 * ({@link io.github.hipercam.spi.Services}).
 */
package io.github.hipercam.spi;
