package io.github.hipercam.wire;

import java.util.OptionalLong;

/**
 * Wire facts of the ULTRACAM/ULTRASPEC ATC file server (source {@code us}), as
 * the reference client ({@code hipercam/ucam.py}) uses it: plain HTTP GETs of
 * {@code <base><run>?action=...}.
 *
 * <ul>
 *   <li>{@code get_xml}: the run's XML document;</li>
 *   <li>{@code get_frame&frame=N}: frame N, <em>0-based</em> here, as exactly
 *       {@code framesize} bytes; an HTTP error means "not there yet";</li>
 *   <li>{@code get_num_frames}: text that contains {@code nframes="N"}.</li>
 * </ul>
 */
public final class UcamProtocol {

    /** Environment variable with the server's base URL. */
    public static final String ENV_URL = "ULTRACAM_DEFAULT_URL";
    /** Base URL when neither the options nor the environment give one. */
    public static final String DEFAULT_URL = "http://localhost:8007/";
    /** Action: the run's XML. */
    public static final String GET_XML = "get_xml";
    /** Action: one frame, 0-based. */
    public static final String GET_FRAME = "get_frame";
    /** Action: the number of complete frames. */
    public static final String GET_NUM_FRAMES = "get_num_frames";
    /** Action: list a directory (shared with the HiPERCAM server). */
    public static final String DIR = "dir";

    private static final String NFRAMES = "nframes=\"";

    private UcamProtocol() {
    }

    /**
     * @param n number of complete frames
     * @return the reply to {@code get_num_frames}
     */
    public static String nframesReply(long n) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data_status " + NFRAMES + n + "\"/>\n";
    }

    /**
     * @param text a reply to {@code get_num_frames}
     * @return N of the first {@code nframes="N"}, if there is one and it is a number
     */
    public static OptionalLong parseNframes(String text) {
        int at = text.indexOf(NFRAMES);
        if (at < 0) {
            return OptionalLong.empty();
        }
        int start = at + NFRAMES.length();
        int end = text.indexOf('"', start);
        if (end < 0) {
            return OptionalLong.empty();
        }
        String digits = text.substring(start, end).strip();
        if (!digits.matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
