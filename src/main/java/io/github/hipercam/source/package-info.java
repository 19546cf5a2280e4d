/**
 * Byte sources: where the bytes of a raw run come from.
 *
 * <p>A {@link io.github.hipercam.source.ByteSource} hands out a run's header and
 * its frames by number; a {@link io.github.hipercam.source.ByteSourceProvider},
 * registered with {@link java.util.ServiceLoader}, opens one for a resource
 * name. Providers say which {@link io.github.hipercam.spi.Layout}s they
 * deliver (a FITS cube, an XML + DAT pair); formats say which layout their runs
 * have. Formats ({@code hcam}, {@code ucam}) and byte sources ({@code bytes},
 * {@code net}) never import each other: {@code io.github.hipercam.run} joins
 * them. A new place to read runs from is one class plus its registration.
 */
package io.github.hipercam.source;
