/**
 * The wire facts of the two file servers, shared by the clients
 * ({@code io.github.hipercam.net}) and the project's own server
 * ({@code io.github.hipercam.server}): the HiPERCAM WebSocket protocol
 * ({@link io.github.hipercam.wire.HcamProtocol}), the ULTRACAM ATC HTTP
 * protocol ({@link io.github.hipercam.wire.UcamProtocol}) and the few JSON
 * fields they carry ({@link io.github.hipercam.wire.JsonFields}). Neither side
 * depends on the other.
 */
package io.github.hipercam.wire;
