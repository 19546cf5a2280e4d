/**
 * Spooling: one uniform way to step through the frames of any source.
 *
 * <p>{@link io.github.hipercam.spool.Spoolers} is the reference's
 * {@code data_source} and {@code get_ccd_pars}. Every source is a
 * {@link io.github.hipercam.spool.Spooler}, iterable and {@link AutoCloseable};
 * {@link io.github.hipercam.spool.Spooler#poll()} answers with a
 * {@link io.github.hipercam.spool.Poll}: a frame, "not yet" or "end", never
 * {@code null}. Raw runs are read through a random-access
 * {@link io.github.hipercam.spool.RunReader} (so a frame's times do not depend
 * on which frames were read before), and
 * {@link io.github.hipercam.spool.RunSpooler} gives the reference's meaning of
 * {@code first}. Instruments, built-in or third-party, register as
 * {@link io.github.hipercam.spool.Instrument} services.
 *
 * <p>Per-source settings (full headers, a CCD label, a server address and
 * timeout) travel in one {@link io.github.hipercam.spool.SpoolOptions}. A
 * growing run is followed with {@link io.github.hipercam.spool.HangAbout}, the
 * reference's wait-and-retry policy as a shareable, cancellable object, and
 * {@link io.github.hipercam.spool.Grab} writes a run's frames to {@code .hcm}
 * files through a temporary name and a rename.
 */
package io.github.hipercam.spool;
