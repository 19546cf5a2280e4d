package io.github.hipercam.hcam;

import io.github.hipercam.FormatException;

/** The readout modes of HiPERCAM, from {@code ESO DET READ CURNAME}. */
public enum ReadoutMode {
    /** Whole CCD, one window per quadrant covering it. */
    FULL_FRAME("FullFrame"),
    /** One window per quadrant. */
    ONE_WINDOW("OneWindow"),
    /** Two windows per quadrant. */
    TWO_WINDOW("TwoWindow"),
    /** Drift mode: one small window per quadrant, frames pipelined in the storage area. */
    DRIFT("Drift");

    private final String prefix;

    ReadoutMode(String prefix) {
        this.prefix = prefix;
    }

    /** @return the mode as the header names it, e.g. "TwoWindow" */
    public String label() {
        return prefix;
    }

    /** @return the number of window sets (windows per quadrant) */
    public int windowSets() {
        return this == TWO_WINDOW ? 2 : 1;
    }

    /**
     * The mode whose name starts the header value, as the reference matches it
     * (e.g. {@code OneWindow}, {@code FullFrame}, {@code Drift}...).
     *
     * @param curname value of {@code ESO DET READ CURNAME}
     * @param where file name for the message
     * @return the mode
     * @throws FormatException for a mode the instrument does not have
     */
    public static ReadoutMode of(String curname, String where) {
        for (ReadoutMode m : values()) {
            if (curname.startsWith(m.prefix)) {
                return m;
            }
        }
        throw new FormatException(where + ": keyword " + HcamKey.MODE.item() + " = '" + curname
                + "' is not a HiPERCAM readout mode; expected one starting with FullFrame, OneWindow,"
                + " TwoWindow or Drift");
    }
}
