package io.github.hipercam.format;

import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import java.util.List;
import java.util.function.Supplier;

/**
 * A format of raw runs: the service an instrument implements. It checks and
 * parses a run's header into an immutable {@link Readout}, and decodes frames
 * from their bytes. Where the bytes come from is not its business: a
 * {@link io.github.hipercam.source.ByteSource} of the format's {@link #layout()}
 * delivers them. Register an implementation with {@link java.util.ServiceLoader}
 * under {@code META-INF/services/io.github.hipercam.format.RunFormat}; source
 * {@code NAME:local} then reads its runs from disk and {@code NAME:server}
 * from a server of its layout.
 *
 * <p>The built-in formats are {@code hipercam} (sources {@code hl} and
 * {@code hs}) and {@code ultracam} and {@code ultraspec} (either reads any
 * ULTRACAM or ULTRASPEC run; sources {@code ul} and {@code us}).
 *
 * @param <R> the format's readout
 */
public interface RunFormat<R extends Readout> {

    /** @return the format's name as used in source codes, e.g. "hipercam" */
    String name();

    /** @return how its runs are stored */
    Layout layout();

    /**
     * The check: whether the start of a header looks like one of this
     * format's runs, without parsing it (for telling file kinds apart).
     *
     * @param start the first bytes of the header (up to a few kilobytes)
     * @return true if the format should be able to parse it
     */
    boolean recognises(byte[] start);

    /**
     * The parse: reads a run's header once into its readout.
     *
     * @param header the header and the run's names
     * @param options per-source options (full or minimal headers)
     * @return the readout
     * @throws io.github.hipercam.FormatException naming the run and what is wrong
     */
    R parse(RawHeader header, SpoolOptions options);

    /**
     * The decode: what decodes one opened run's frames.
     *
     * @param readout the run's readout
     * @param frames the run's frames, for formats that need bytes of other frames
     * @return the decoding
     */
    Decoding decoding(R readout, FrameAccess frames);

    /**
     * The reference's {@code get_ccd_pars}. Formats whose CCDs are fixed
     * answer without reading the header, so this works (as in the
     * reference) even where the run cannot be opened.
     *
     * @param header reads the run's header when called
     * @param options per-source options
     * @return label, maximum sizes and padding of each CCD
     */
    default List<CcdPars> ccdPars(Supplier<RawHeader> header, SpoolOptions options) {
        return parse(header.get(), options).ccdPars();
    }

    /**
     * @param readout the run's readout
     * @return how the reference's disk spool ends at the end of a local file
     */
    default DiskEnding diskEnding(R readout) {
        return DiskEnding.QUIET;
    }

    /**
     * Refuses a {@code first} the format has no meaning for.
     *
     * @param run the run, for the message
     * @param first the spool's first frame
     * @throws io.github.hipercam.InvalidArgumentException if it is refused
     */
    default void checkFirst(String run, int first) {
        // every first is allowed
    }

    /**
     * @return frames smaller than this many bytes, read forwards from a local
     *     file, are decoded ahead on every core (0: never); by default every
     *     frame is, so that a spool with default options uses every core
     */
    default int decodeAheadBelow() {
        return Integer.MAX_VALUE;
    }
}
