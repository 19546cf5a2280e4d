/**
 * Spooling primitives: how frames are stepped through, whatever the source.
 *
 * <p>Every source is a {@link io.github.hipercam.spool.Spooler}, iterable and
 * {@link AutoCloseable}; {@link io.github.hipercam.spool.Spooler#poll()}
 * answers with a {@link io.github.hipercam.spool.Poll}: a frame, "not yet" or
 * "end", never {@code null}. Random access by frame number is a
 * {@link io.github.hipercam.spool.RunReader} (so a frame's times do not depend
 * on which frames were read before), and
 * {@link io.github.hipercam.spool.RunSpooler} gives the reference's meaning of
 * {@code first}; {@link io.github.hipercam.spool.DecodeAheadSpooler} gives the
 * same frames decoded on several threads. Runs are opened, and these put
 * together, by {@code io.github.hipercam.run.Runs}.
 *
 * <p>Per-source settings (full headers, a CCD label, a server address and
 * timeout, following, decoding threads) travel in one
 * {@link io.github.hipercam.spool.SpoolOptions}. A growing run is followed
 * with {@link io.github.hipercam.spool.HangAbout}, the reference's
 * wait-and-retry policy as a shareable, cancellable object, and
 * {@link io.github.hipercam.spool.Grab} writes a run's frames to {@code .hcm}
 * files through a temporary name and a rename.
 */
package io.github.hipercam.spool;
