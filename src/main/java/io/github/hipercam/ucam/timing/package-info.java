/**
 * The times of ULTRACAM and ULTRASPEC frames: the reference pipeline's
 * {@code utimer}, as named steps, one per era or mode.
 *
 * <ol>
 *   <li>{@link io.github.hipercam.ucam.timing.TimingBytes}: the layout of the
 *       run's version (format 1 or 2) and the raw fields of a frame's timing
 *       words;</li>
 *   <li>{@link io.github.hipercam.ucam.timing.StampDating}: the GPS time of the
 *       stamp with each era's fixes, the GPS status and satellite checks, the
 *       midnight bug;</li>
 *   <li>{@link io.github.hipercam.ucam.timing.StampHistory}: the stamps of the
 *       frames before, in the same unbroken sequence of frame counters, from
 *       where the reading began;</li>
 *   <li>{@link io.github.hipercam.ucam.timing.ModeTiming}: mid-exposure time
 *       and exposure for the mode ({@code UltracamClearTiming},
 *       {@code UltracamNoClearTiming}, {@code UltracamDriftTiming},
 *       {@code UltraspecTiming}, {@code UltraspecDriftTiming});</li>
 *   <li>{@link io.github.hipercam.ucam.timing.BlueTime}: the co-added blue CCD
 *       of ULTRACAM when nblue &gt; 1.</li>
 * </ol>
 *
 * <p>Where the history of a frame's time starts is stated in one place: the
 * {@code from} of {@link io.github.hipercam.ucam.timing.UcamTimer#time(int, int)},
 * which {@link io.github.hipercam.ucam.timing.StampHistory} never reads below.
 * One {@link io.github.hipercam.ucam.timing.UcamTimer} belongs to one opened
 * run and owns its cache of dated stamps (a {@code util.Lru}); there is no
 * static state. The fixed dates, clock times and GPS status bits are in
 * {@link io.github.hipercam.ucam.timing.UcamTimeConstants}.
 */
package io.github.hipercam.ucam.timing;
