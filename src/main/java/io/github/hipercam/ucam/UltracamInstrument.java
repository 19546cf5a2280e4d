package io.github.hipercam.ucam;

/**
 * The "ultracam" instrument (sources {@code ul}, {@code ultracam:local}):
 * reads ULTRACAM runs, and ULTRASPEC runs too, since the XML says which
 * camera took a run. Registered with {@link java.util.ServiceLoader}.
 */
public final class UltracamInstrument extends UcamInstrumentBase {

    /** The instrument's name. */
    public static final String NAME = "ultracam";

    /** For {@link java.util.ServiceLoader}. */
    public UltracamInstrument() {
        super(NAME);
    }
}
