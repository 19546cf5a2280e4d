package io.github.hipercam.spi;

import io.github.hipercam.InvalidArgumentException;

/**
 * How a run's header and frames are laid out where they are stored. A format
 * names the layout its runs have; a {@link ByteSourceProvider} names the
 * layouts it can deliver. That shared name is all that joins the two, so a
 * format never imports a byte source and a byte source never imports a
 * format.
 *
 * @param name the layout's name, e.g. {@code "fits-cube"}
 */
public record Layout(String name) {

    /**
     * A FITS file whose primary header is followed by frames of one fixed
     * size, {@code NAXIS3} counting them (raw HiPERCAM runs, {@code RUN.fits}).
     */
    public static final Layout FITS_CUBE = new Layout("fits-cube");

    /**
     * An XML document describing the run ({@code RUN.xml}) and a file of
     * frames of one fixed size ({@code RUN.dat}): ULTRACAM and ULTRASPEC.
     */
    public static final Layout XML_DAT = new Layout("xml-dat");

    /** Rejects a blank name. */
    public Layout {
        if (name == null || name.isBlank()) {
            throw new InvalidArgumentException("a layout needs a name");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
