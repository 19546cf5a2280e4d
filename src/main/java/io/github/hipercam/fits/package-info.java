/**
 * FITS, through nom-tam-fits, in one place: reading a raw run's primary
 * header ({@link io.github.hipercam.fits.FitsHeaders}), single cards of a
 * header as it stands on disk, and the translation between FITS cards and the
 * model's {@link io.github.hipercam.model.Header}
 * ({@link io.github.hipercam.fits.FitsCards}), and small headers written as
 * text, {@code SIMPLE} to {@code END}, for ImageJ slice labels
 * ({@link io.github.hipercam.fits.CardBlock}). No other package parses or
 * writes cards.
 */
package io.github.hipercam.fits;
