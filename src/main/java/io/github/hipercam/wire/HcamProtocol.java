package io.github.hipercam.wire;

import io.github.hipercam.FormatException;
import java.util.regex.Pattern;

/**
 * Wire facts of the HiPERCAM file server (source {@code hs}), as spoken by the
 * reference client ({@code hipercam/hcam.py}) and the deployed server (the
 * {@code fileserver} script of {@code hcam_drivers}).
 *
 * <ul>
 *   <li>The client opens {@code ws://<base><run>} with the run matching
 *       {@link #RUN_NAME}; the server answers {@code {"status": "OK"}}, or
 *       {@code {"status": "no such run"}} and closes.</li>
 *   <li>Requests are JSON text messages with an {@code action}:
 *       {@code get_hdr} (reply: the primary header as one text message of
 *       80-character cards), {@code get_nframes} (reply
 *       {@code {"nframes": N}}), {@code get_frame} with {@code frame_number}
 *       (1-based), {@code get_next} (the frame after the last one sent) and
 *       {@code get_last} (the last complete frame). A frame is one binary
 *       message: pixels then {@value #TIMING_BYTES} timing bytes; an empty
 *       binary message means "not written yet".</li>
 *   <li>A plain HTTP {@code GET <base><dir>?action=dir} lists the runs of a
 *       directory, one name (no extension) per line.</li>
 * </ul>
 */
public final class HcamProtocol {

    /** Environment variable with the server's base address. */
    public static final String ENV_URL = "HIPERCAM_DEFAULT_URL";
    /** Base address when neither the options nor the environment give one. */
    public static final String DEFAULT_URL = "localhost:8007/";
    /** What a run's path must look like (the deployed server's route). */
    public static final Pattern RUN_NAME = Pattern.compile(".*run[0-9]+");
    /** Status of a successful connection. */
    public static final String STATUS_OK = "OK";
    /** Status of a connection to a run that does not exist. */
    public static final String STATUS_NO_SUCH_RUN = "no such run";
    /** Status sent (before a close) for an invalid frame number. */
    public static final String STATUS_NO_SUCH_FRAME = "no such frame";
    /** Action: the primary header. */
    public static final String GET_HDR = "get_hdr";
    /** Action: the number of complete frames. */
    public static final String GET_NFRAMES = "get_nframes";
    /** Action: one frame by number. */
    public static final String GET_FRAME = "get_frame";
    /** Action: the frame after the last one sent. */
    public static final String GET_NEXT = "get_next";
    /** Action: the last complete frame. */
    public static final String GET_LAST = "get_last";
    /** Timing bytes at the end of each frame. */
    public static final int TIMING_BYTES = 36;

    private HcamProtocol() {
    }

    /**
     * @param action one of the actions above
     * @return the request message, e.g. {@code {"action": "get_hdr"}}
     */
    public static String request(String action) {
        return "{\"action\": " + JsonFields.quote(action) + "}";
    }

    /**
     * @param number frame number, 1-based
     * @return {@code {"action": "get_frame", "frame_number": N}}
     */
    public static String frameRequest(int number) {
        return "{\"action\": \"" + GET_FRAME + "\", \"frame_number\": " + number + "}";
    }

    /**
     * @param status status text
     * @return {@code {"status": "..."}}
     */
    public static String status(String status) {
        return "{\"status\": " + JsonFields.quote(status) + "}";
    }

    /**
     * @param n number of complete frames
     * @return {@code {"nframes": N}}
     */
    public static String nframes(long n) {
        return "{\"nframes\": " + n + "}";
    }

    /**
     * The bytes in one frame as the deployed server computes them:
     * {@code (18 + NX * NY / NSAMP) * |BITPIX| / 8}, the 18 being the 36
     * timing bytes in 16-bit words. For NSAMP &gt; 1 the header's NX counts
     * every sample, hence the division.
     *
     * @param nx {@code ESO DET ACQ1 WIN NX}
     * @param ny {@code ESO DET ACQ1 WIN NY}
     * @param nsamp {@code ESO DET NSAMP} (1 when absent)
     * @param bitpix {@code BITPIX}
     * @param source name of the run, for messages
     * @return bytes per frame
     * @throws FormatException if a value is out of range or the size overflows an int
     */
    public static int frameSize(long nx, long ny, long nsamp, long bitpix, String source) {
        if (nx < 1 || ny < 1 || nsamp < 1 || (bitpix != 8 && bitpix != 16 && bitpix != 32 && bitpix != -32)) {
            throw new FormatException(source + ": cannot compute the frame size from ESO DET ACQ1 WIN NX = "
                    + nx + ", NY = " + ny + ", ESO DET NSAMP = " + nsamp + ", BITPIX = " + bitpix
                    + " (expected NX, NY, NSAMP >= 1 and BITPIX 8, 16, 32 or -32)");
        }
        long bytes;
        try {
            bytes = Math.multiplyExact(18 + Math.multiplyExact(nx, ny) / nsamp, Math.abs(bitpix) / 8);
        } catch (ArithmeticException e) {
            bytes = Long.MAX_VALUE;
        }
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new FormatException(source + ": frame size from ESO DET ACQ1 WIN NX = " + nx + ", NY = " + ny
                    + ", NSAMP = " + nsamp + " is larger than " + (Integer.MAX_VALUE - 8) + " bytes");
        }
        return (int) bytes;
    }
}
