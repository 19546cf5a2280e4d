/**
 * Clients of the file servers that serve runs while they are written: the
 * HiPERCAM WebSocket server (source {@code hs}) and the ULTRACAM/ULTRASPEC ATC
 * HTTP server (source {@code us}).
 *
 * <p>Each client is a {@link io.github.hipercam.source.ByteSource}: it hands the
 * run's header and whole frames, by number, to the same decoders that read
 * local files, so a frame read over the network is bit for bit the frame read
 * from disk. Only the JDK's {@code java.net.http} is used. Every wait has the
 * timeout of {@link io.github.hipercam.spool.SpoolOptions#timeout()}; a frame
 * that is not written yet is {@link io.github.hipercam.spool.Poll.NotYet}, and
 * a refused connection, an unknown run, a timeout, a server that goes away or
 * a reply of the wrong size is a {@link io.github.hipercam.SourceAccessException}
 * or a {@link io.github.hipercam.FormatException} naming the URL and frame.
 *
 * <p>{@link io.github.hipercam.wire.HcamProtocol} and
 * {@link io.github.hipercam.wire.UcamProtocol} hold the wire facts shared with
 * the project's own server ({@code io.github.hipercam.server}).
 */
package io.github.hipercam.net;
