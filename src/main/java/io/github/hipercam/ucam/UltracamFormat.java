package io.github.hipercam.ucam;

/** Format {@code ultracam} (sources {@code ul}, {@code us}): any ULTRACAM or ULTRASPEC run. */
public final class UltracamFormat extends UcamFormat {

    /** The format's name. */
    public static final String NAME = "ultracam";

    /** For {@link java.util.ServiceLoader}. */
    public UltracamFormat() {
        super(NAME);
    }
}
