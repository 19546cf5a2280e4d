package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CCD: ordered, labelled windows plus the unbinned size of its imaging
 * area ({@code nxtot x nytot}) and the padding ({@code nxpad}, {@code nypad})
 * that leaves room for prescans and overscans in displays. Items that concern
 * the whole CCD (MJDUTC, EXPTIME, GOODTIME, DSTATUS, ...) live in the header of
 * its first window, as in the reference pipeline.
 */
public final class Ccd implements Frame {

    private final Map<String, Window> windows;
    private final int nxtot;
    private final int nytot;
    private final int nxpad;
    private final int nypad;

    /**
     * @param windows labelled windows in order; copied
     * @param nxtot unbinned width of the imaging area
     * @param nytot unbinned height of the imaging area
     * @param nxpad display padding in x (unbinned)
     * @param nypad display padding in y (unbinned)
     */
    public Ccd(Map<String, Window> windows, int nxtot, int nytot, int nxpad, int nypad) {
        if (nxtot < 0 || nytot < 0 || nxpad < 0 || nypad < 0) {
            throw new InvalidArgumentException("CCD dimensions must not be negative: nxtot=" + nxtot
                    + ", nytot=" + nytot + ", nxpad=" + nxpad + ", nypad=" + nypad);
        }
        for (String label : windows.keySet()) {
            if (label == null || label.isEmpty()) {
                throw new InvalidArgumentException("window labels must not be empty");
            }
        }
        this.windows = Collections.unmodifiableMap(new LinkedHashMap<>(windows));
        this.nxtot = nxtot;
        this.nytot = nytot;
        this.nxpad = nxpad;
        this.nypad = nypad;
    }

    /** @return windows by label, in order (unmodifiable) */
    public Map<String, Window> windows() {
        return windows;
    }

    /** @return the window labels in order */
    public List<String> labels() {
        return List.copyOf(windows.keySet());
    }

    /**
     * @param label window label
     * @return the window
     * @throws InvalidArgumentException naming the labels that exist
     */
    public Window window(String label) {
        Window w = windows.get(label);
        if (w == null) {
            throw new InvalidArgumentException("no window '" + label + "'; windows are " + labels());
        }
        return w;
    }

    /** @return unbinned width of the imaging area */
    public int nxtot() {
        return nxtot;
    }

    /** @return unbinned height of the imaging area */
    public int nytot() {
        return nytot;
    }

    /** @return display padding in x */
    public int nxpad() {
        return nxpad;
    }

    /** @return display padding in y */
    public int nypad() {
        return nypad;
    }

    @Override
    public Header head() {
        return windows.isEmpty() ? Header.empty() : windows.values().iterator().next().header();
    }

    @Override
    public Ccd withHead(Header header) {
        if (windows.isEmpty()) {
            throw new InvalidArgumentException("a CCD with no windows has no header to set");
        }
        Map<String, Window> copy = new LinkedHashMap<>(windows);
        Map.Entry<String, Window> first = windows.entrySet().iterator().next();
        copy.put(first.getKey(), first.getValue().withHeader(header));
        return new Ccd(copy, nxtot, nytot, nxpad, nypad);
    }

    @Override
    public String toString() {
        return "Ccd[" + nxtot + "x" + nytot + ", pad " + nxpad + "," + nypad + ", windows "
                + labels() + "]";
    }
}
