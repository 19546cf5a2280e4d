package io.github.hipercam.run;

import io.github.hipercam.util.Numbers;
import io.github.hipercam.HipercamException;
import io.github.hipercam.model.RunSummary;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.util.MjdTimes;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person sees of a run before choosing its frames: its
 * {@link RunSummary} (instrument, mode, binning, windows, exposure, filters),
 * the number of frames now, and how long the run lasts from the first to
 * the last frame's mid-exposure time ({@code MJDUTC} of the first CCD). An
 * Open Run dialog shows it, as Bio-Formats shows a file's series before
 * importing it.
 *
 * <p>Taking a preview reads the first and the last frame and nothing else.
 *
 * @param summary the format's summary of the header
 * @param frames complete frames when the preview was taken
 * @param firstMjd MJDUTC of frame 1, or NaN if unknown
 * @param lastMjd MJDUTC of the last frame, or NaN if unknown
 * @param problem why the times are unknown, or empty
 */
public record RunPreview(RunSummary summary, int frames, double firstMjd, double lastMjd, String problem) {

    /**
     * @param run an opened run (left open)
     * @return its preview
     */
    public static RunPreview of(OpenedRun run) {
        RunSummary summary = run.summary();
        int n = run.available();
        if (n < 1) {
            return new RunPreview(summary, 0, Double.NaN, Double.NaN, "");
        }
        try (RunReader<Mccd> reader = run.frames()) {
            double first = mjd(reader, 1);
            double last = n == 1 ? first : mjd(reader, n);
            return new RunPreview(summary, n, first, last, "");
        } catch (HipercamException e) {
            return new RunPreview(summary, n, Double.NaN, Double.NaN, e.getMessage());
        }
    }

    private static double mjd(RunReader<Mccd> reader, int number) {
        if (reader.read(number) instanceof Poll.Ready<Mccd> r && !r.frame().ccds().isEmpty()) {
            Ccd c = r.frame().ccds().values().iterator().next();
            if (c.head().get("MJDUTC") instanceof Number t) {
                return t.doubleValue();
            }
        }
        return Double.NaN;
    }

    /** @return seconds from the first to the last frame's mid-exposure, or NaN if unknown */
    public double seconds() {
        return (lastMjd - firstMjd) * 86400.0;
    }

    /**
     * @return the preview as lines for a dialog: the instrument, then
     *     "label: value" lines (the summary's items, filters, frames, duration)
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(summary.instrument());
        for (RunSummary.Item i : summary.items()) {
            out.add(i.label() + ": " + i.value());
        }
        if (!summary.filters().isEmpty()) {
            out.add("Filters: " + String.join(", ", summary.filters()));
        }
        out.add("Frames: " + frames + (frames == 0 ? " complete yet" : ""));
        out.add("Duration: " + duration());
        return out;
    }

    private String duration() {
        if (frames == 0) {
            return "none yet";
        }
        if (!problem.isEmpty()) {
            return "unknown (" + problem + ")";
        }
        double s = seconds();
        if (Double.isNaN(s)) {
            return "unknown (the frames carry no MJDUTC)";
        }
        try {
            return Numbers.duration(s) + " from the first to the last mid-exposure ("
                    + MjdTimes.isoUtc(firstMjd) + " to " + MjdTimes.isoUtc(lastMjd) + " UTC)";
        } catch (HipercamException e) {
            return Numbers.duration(s) + " from the first to the last mid-exposure";
        }
    }
}
