package io.github.hipercam.model;

/**
 * What a spooler yields: a whole multi-CCD frame ({@link Mccd}) or, when one
 * CCD was asked for, a single {@link Ccd}.
 */
public sealed interface Frame permits Ccd, Mccd {

    /**
     * @return the top-level header of an MCCD, or the header of the first
     *     window of a CCD (where the pipeline keeps per-CCD items)
     */
    Header head();

    /**
     * @param header the new header
     * @return a frame with the same pixels and the header replaced
     */
    Frame withHead(Header header);
}
