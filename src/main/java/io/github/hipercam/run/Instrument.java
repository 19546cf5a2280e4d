package io.github.hipercam.run;

import java.util.List;

/**
 * Which instrument took a run and the filter in front of each of its CCDs:
 * the part of the format's summary that names and colours a run's CCDs in a
 * view (the filters from the header's {@code FILTERS}, one per CCD).
 *
 * @param name the instrument, e.g. "HiPERCAM", "ULTRACAM", "ULTRASPEC", ".hcm files"
 * @param filters the filter of each CCD in CCD order; empty if the header names none
 */
public record Instrument(String name, List<String> filters) {

    /** Copies the list. */
    public Instrument {
        filters = List.copyOf(filters);
    }

    /**
     * @param run an opened run
     * @return its instrument and filters, from its summary
     */
    public static Instrument of(OpenedRun run) {
        var s = run.summary();
        return new Instrument(s.instrument(), s.filters());
    }

    /**
     * @param index a CCD's place, 0-based
     * @return its filter, or "" if the header names none
     */
    public String filter(int index) {
        return index >= 0 && index < filters.size() ? filters.get(index) : "";
    }
}
