/**
 * The project's own file server: serves a directory of runs to the
 * {@code hs} and {@code us} clients (ours or the reference pipeline's) on one
 * port, HiPERCAM runs over the WebSocket protocol of
 * {@link io.github.hipercam.wire.HcamProtocol}, ULTRACAM/ULTRASPEC runs over the
 * ATC HTTP protocol of {@link io.github.hipercam.wire.UcamProtocol}, and the
 * {@code ?action=dir} listing.
 *
 * <p>It is an adapter: it uses Eclipse Jetty (shaded in the plugin jar) for
 * HTTP and WebSocket, the wire facts of {@code io.github.hipercam.wire}, and
 * opens runs as every other entry point does, with {@code Runs.open}
 * ({@link ServedRuns}), so the frame size it serves frames by is the one the
 * readers parse from the same header. It is read-only and serves nothing
 * outside its directory ({@link RunDirectory} refuses {@code ..}, absolute
 * paths, encoded forms and symbolic links that lead out, and runs are opened
 * confined to it: each file is resolved to its real path when it is opened). It
 * refuses requests sent to a name that is not its own and requests from web
 * pages of other sites ({@link OriginPolicy}), and its error replies never
 * show a path of the server ({@link ErrorText}).
 * Frames are served as soon as they are complete, so runs that are still
 * being written can be followed. Start one with
 * {@link FileServer#start}, from the {@code serve} command or from the
 * ImageJ command "Serve Runs...".
 */
package io.github.hipercam.server;
