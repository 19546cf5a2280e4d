package io.github.hipercam.ucam;

/**
 * The "ultraspec" instrument (source {@code ultraspec:local}): the same
 * reader as {@link UltracamInstrument}, under ULTRASPEC's name. Registered
 * with {@link java.util.ServiceLoader}.
 */
public final class UltraspecInstrument extends UcamInstrumentBase {

    /** The instrument's name. */
    public static final String NAME = "ultraspec";

    /** For {@link java.util.ServiceLoader}. */
    public UltraspecInstrument() {
        super(NAME);
    }
}
