/**
 * hipercam-ij: the HiPERCAM pipeline's spooler in Java.
 *
 * <p>This root package holds the one exception hierarchy of the library. Every
 * failure that comes from bad input or an unreachable source is a
 * {@link io.github.hipercam.HipercamException}, with a subclass per kind, and
 * its message names the file or frame, the value found and the value expected.
 *
 * <p>The packages below follow the workflow:
 * <ul>
 *   <li>{@code model}: multi-CCD frames (windows, CCDs, MCCDs, headers);</li>
 *   <li>{@code hcm}: the {@code .hcm} file format ({@code rhcam});</li>
 *   <li>{@code spool}: spoolers, {@code data_source} and friends;</li>
 *   <li>{@code cli}: the command line, an adapter over the core;</li>
 *   <li>{@code imagej}: the ImageJ layer, the only code that imports {@code ij.*}.</li>
 * </ul>
 */
package io.github.hipercam;
