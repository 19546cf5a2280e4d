/**
 * The {@code .hcm} format: FITS with one image HDU per CCD window, as the
 * reference pipeline writes it ({@code docs/api/hcmformat.rst} of HiPERCAM/hipercam).
 *
 * <p>{@link io.github.hipercam.hcm.Hcm} is the entry point: {@code read} is the
 * reference's {@code rhcam}, {@code readCcd} its {@code CCD.read(fname, cnam)},
 * {@code ccdInfo} its {@code get_ccd_info} (headers only, no pixels), and
 * {@code write} its {@code MCCD.write}/{@code CCD.write}, with the same
 * extension names and ds9/IRAF mosaic keywords. The keywords are
 * {@link io.github.hipercam.hcm.HcmKey}. All FITS access goes through the
 * {@code fits} package: {@code HduFile} reads and checks the HDUs (a damaged
 * header is a {@code FormatException} naming the file and HDU, never an
 * allocation sized from it), {@code HeaderWriter} writes the cards.
 *
 * <p>On reading, the structural and layout keywords that writing regenerates
 * (NAXIS*, LLX, LLY, XBIN, YBIN, OUTAMP, NXTOT, NYTOT, NUMWIN, NXPAD, NYPAD,
 * CCD, WINDOW and the mosaic keywords) are taken into the model's geometry and
 * removed from the window headers, so that a read-write-read round trip gives
 * the same headers. Every other card keeps its order, type and comment.
 */
package io.github.hipercam.hcm;
