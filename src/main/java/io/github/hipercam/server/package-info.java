/**
 * The project's own file server: serves a directory of runs to the
 * {@code hs} and {@code us} clients (ours or the reference pipeline's) on one
 * port, HiPERCAM runs over the WebSocket protocol of
 * {@link io.github.hipercam.net.HcamProtocol}, ULTRACAM/ULTRASPEC runs over the
 * ATC HTTP protocol of {@link io.github.hipercam.net.UcamProtocol}, and the
 * {@code ?action=dir} listing.
 *
 * <p>It is an adapter: it uses Eclipse Jetty (shaded in the plugin jar) for
 * HTTP and WebSocket, and only the wire facts of the core. It is read-only and
 * serves nothing outside its directory ({@link RunDirectory} refuses
 * {@code ..}, absolute paths, encoded forms and symbolic links that lead out).
 * Frame sizes are computed from each run's header ({@link HcamRunFile},
 * {@link UcamRunFile}) and frames are served as soon as they are complete, so
 * runs that are still being written can be followed. Start one with
 * {@link FileServer#start}, from the {@code serve} command or from the
 * ImageJ command "Serve Runs...".
 */
package io.github.hipercam.server;
