/**
 * Byte sources on local disk: {@link io.github.hipercam.bytes.LocalFiles}
 * (byte source {@code file}) opens a FITS cube
 * ({@link io.github.hipercam.bytes.FitsCubeFile}, raw HiPERCAM runs) or an
 * XML + DAT pair ({@link io.github.hipercam.bytes.XmlDatFiles}, ULTRACAM and
 * ULTRASPEC runs). Both count complete frames from the file's length, so a run
 * that is still being written can be followed; neither knows anything of the
 * formats that decode what they deliver. Files are read through a
 * {@link io.github.hipercam.bytes.SharedFile}, which a reading thread that is
 * interrupted (ImageJ interrupts its threads) does not close for the others.
 */
package io.github.hipercam.bytes;
