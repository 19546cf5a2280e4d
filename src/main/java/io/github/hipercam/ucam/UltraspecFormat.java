package io.github.hipercam.ucam;

/** Format {@code ultraspec}: the same reader as {@code ultracam}, under ULTRASPEC's name. */
public final class UltraspecFormat extends UcamFormat {

    /** The format's name. */
    public static final String NAME = "ultraspec";

    /** For {@link java.util.ServiceLoader}. */
    public UltraspecFormat() {
        super(NAME);
    }
}
