/**
 * FITS, through nom-tam-fits, in one place: no other package touches a
 * nom-tam {@code Header} or {@code HeaderCard} (an ArchUnit rule keeps it so).
 *
 * <ul>
 *   <li>{@link io.github.hipercam.fits.FitsHeaders}: a raw run's primary header
 *       read from disk, and single cards of a header as it stands.</li>
 *   <li>{@link io.github.hipercam.fits.HduFile}: the image HDUs of a FITS file
 *       ({@code .hcm}), each header checked by {@code HduCheck} before nom-tam
 *       sizes anything from it (NAXIS 0 to 999, axes against the file's length),
 *       read as typed values and the model's header through
 *       {@link io.github.hipercam.fits.HduHeader}; pixels on demand.</li>
 *   <li>{@link io.github.hipercam.fits.HeaderWriter}: the model's cards and
 *       keywords named by an {@code IFitsHeader} enum written into a nom-tam
 *       header, or a whole header as bytes.</li>
 *   <li>{@link io.github.hipercam.fits.FitsCards}: the translation between FITS
 *       cards and the model's {@link io.github.hipercam.model.Header}.</li>
 *   <li>{@link io.github.hipercam.fits.CardBlock}: small headers written as text,
 *       {@code SIMPLE} to {@code END}, for ImageJ slice labels.</li>
 * </ul>
 *
 * <p>Keywords are named by a public enum per format implementing nom-tam's
 * {@code IFitsHeader}: {@code hcam.HcamKey} for raw HiPERCAM runs,
 * {@code hcm.HcmKey} for {@code .hcm} files.
 */
package io.github.hipercam.fits;
