package io.github.hipercam.model;

import io.github.hipercam.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person wants to know of a run before reading its frames, as its
 * format reads it from the header: the instrument, then ordered lines such as
 * mode, binning, windows and exposure, and the filter in front of each CCD.
 * A dialog shows it before the frames are chosen, {@code info} prints it.
 *
 * @param instrument the instrument's name, e.g. "HiPERCAM"
 * @param items ordered (label, value) lines
 * @param filters the filter of each CCD, in CCD order; empty where the header names none
 */
public record RunSummary(String instrument, List<Item> items, List<String> filters) {

    /**
     * One line of a summary.
     *
     * @param label what it is, e.g. "Mode"
     * @param value its value as text
     */
    public record Item(String label, String value) {
    }

    /** Copies the lists. */
    public RunSummary {
        if (instrument == null || instrument.isBlank()) {
            throw new InvalidArgumentException("a run summary needs an instrument");
        }
        items = List.copyOf(items);
        filters = List.copyOf(filters);
    }

    /**
     * @param value a header's filter list, e.g. {@code "us,gs,rs,is,zs"} or {@code "u' g' r'"}
     * @param nccd CCDs of the instrument
     * @return the filter of each CCD, or empty if the list does not name one per CCD
     */
    public static List<String> filtersOf(Object value, int nccd) {
        if (value == null) {
            return List.of();
        }
        String s = String.valueOf(value).strip();
        String[] parts = s.contains(",") ? s.split("\\s*,\\s*") : s.split("\\s+");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out.size() == nccd ? out : List.of();
    }
}
