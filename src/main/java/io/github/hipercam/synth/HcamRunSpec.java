package io.github.hipercam.synth;

import io.github.hipercam.InvalidArgumentException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A small description of a synthetic raw HiPERCAM run for
 * {@link HcamRunWriter}. Start from {@link #of(String)} and change what the
 * case needs with the {@code with...} methods.
 *
 * @param mode value of {@code ESO DET READ CURNAME}: FullFrame, OneWindow, TwoWindow or Drift
 * @param xbin binning in x
 * @param ybin binning in y
 * @param prescan prescan columns on ({@code ESO DET INCPRSCX})
 * @param overscan overscan rows on ({@code ESO DET INCOVSCY})
 * @param nsamp samples per pixel, 1 or 4; 0 leaves the keyword out (meaning 4)
 * @param clear clear mode ({@code ESO DET CLRCCD})
 * @param nskips NSKIP of each of the 5 CCDs
 * @param rotated CCDs (1..5) marked as turned by 180 degrees
 * @param windows window 1 (and 2) of the windowed and drift modes; ignored in FullFrame
 * @param driftWindows {@code ESO DET DRIFT NWINS}
 * @param frames number of frames
 * @param start GPS time of the first frame's timestamp
 * @param cycle seconds between frames
 * @param counters frame counter written in each frame (1-based); empty for 1, 2, 3...
 * @param badTimestamps frames (1-based positions) whose timestamp is not a date
 * @param unsynced frames whose clock is flagged as not synchronised
 */
public record HcamRunSpec(String mode, int xbin, int ybin, boolean prescan, boolean overscan, int nsamp,
        boolean clear, List<Integer> nskips, Set<Integer> rotated, List<Win> windows, int driftWindows, int frames,
        LocalDateTime start, double cycle, List<Long> counters, Set<Integer> badTimestamps, Set<Integer> unsynced) {

    /**
     * One window of each quadrant, in the header's unbinned terms.
     *
     * @param xsE x start in quadrant E
     * @param xsF x start in quadrant F
     * @param xsG x start in quadrant G
     * @param xsH x start in quadrant H
     * @param ys y start
     * @param nx unbinned width
     * @param ny unbinned height
     */
    public record Win(int xsE, int xsF, int xsG, int xsH, int ys, int nx, int ny) {
    }

    /** Validates the description. */
    public HcamRunSpec {
        nskips = List.copyOf(nskips);
        rotated = Set.copyOf(rotated);
        windows = List.copyOf(windows);
        counters = List.copyOf(counters);
        badTimestamps = Set.copyOf(badTimestamps);
        unsynced = Set.copyOf(unsynced);
        if (nskips.size() != 5) {
            throw new InvalidArgumentException("need 5 NSKIP values, got " + nskips.size());
        }
        if (xbin < 1 || ybin < 1 || frames < 0 || cycle <= 0) {
            throw new InvalidArgumentException("bad run description: xbin=" + xbin + ", ybin=" + ybin
                    + ", frames=" + frames + ", cycle=" + cycle);
        }
        if (!counters.isEmpty() && counters.size() != frames) {
            throw new InvalidArgumentException(frames + " frames need " + frames + " counters, got "
                    + counters.size());
        }
        int sets = mode.startsWith("TwoWindow") ? 2 : mode.startsWith("FullFrame") ? 0 : 1;
        if (windows.size() < sets) {
            throw new InvalidArgumentException("mode " + mode + " needs " + sets + " window(s), got "
                    + windows.size());
        }
    }

    /**
     * @param mode FullFrame, OneWindow, TwoWindow or Drift
     * @return 3 frames, no binning, no scans, NSAMP 4, no clear, no skips, with windows
     *     of 32x24 (and 48x32) pixels
     */
    public static HcamRunSpec of(String mode) {
        return new HcamRunSpec(mode, 1, 1, false, false, 4, false, List.of(0, 0, 0, 0, 0), Set.of(),
                List.of(new Win(100, 120, 140, 160, 50, 32, 24), new Win(300, 320, 340, 360, 250, 48, 32)), 0, 3,
                LocalDateTime.of(2018, 5, 18, 20, 16, 35, 933_000_000), 0.15, List.of(), Set.of(), Set.of());
    }

    /** @param x binning in x @param y binning in y @return a copy */
    public HcamRunSpec withBinning(int x, int y) {
        return new HcamRunSpec(mode, x, y, prescan, overscan, nsamp, clear, nskips, rotated, windows, driftWindows,
                frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param pre prescan on @param over overscan on @return a copy */
    public HcamRunSpec withScans(boolean pre, boolean over) {
        return new HcamRunSpec(mode, xbin, ybin, pre, over, nsamp, clear, nskips, rotated, windows, driftWindows,
                frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param value samples per pixel (0: keyword absent) @return a copy */
    public HcamRunSpec withNsamp(int value) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, value, clear, nskips, rotated, windows,
                driftWindows, frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param value clear mode @return a copy */
    public HcamRunSpec withClear(boolean value) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, value, nskips, rotated, windows,
                driftWindows, frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param values NSKIP of CCDs 1..5 @return a copy */
    public HcamRunSpec withNskips(Integer... values) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, List.of(values), rotated,
                windows, driftWindows, frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param ccds CCDs (1..5) turned by 180 degrees @return a copy */
    public HcamRunSpec withRotated(Integer... ccds) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, nskips, Set.of(ccds), windows,
                driftWindows, frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param values the windows @return a copy */
    public HcamRunSpec withWindows(Win... values) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, nskips, rotated, List.of(values),
                driftWindows, frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param value DRIFT NWINS @return a copy */
    public HcamRunSpec withDriftWindows(int value) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, nskips, rotated, windows, value,
                frames, start, cycle, counters, badTimestamps, unsynced);
    }

    /** @param value number of frames @return a copy (frame counters reset to 1, 2, 3...) */
    public HcamRunSpec withFrames(int value) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, nskips, rotated, windows,
                driftWindows, value, start, cycle, List.of(), badTimestamps, unsynced);
    }

    /** @param values the counter of each frame, e.g. with a gap for a dropped frame @return a copy */
    public HcamRunSpec withCounters(Long... values) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, nskips, rotated, windows,
                driftWindows, frames, start, cycle, List.of(values), badTimestamps, unsynced);
    }

    /** @param bad frames with an invalid date @param notSynced frames flagged unsynchronised @return a copy */
    public HcamRunSpec withTimeFaults(Set<Integer> bad, Set<Integer> notSynced) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, nskips, rotated, windows,
                driftWindows, frames, start, cycle, counters, bad, notSynced);
    }

    /** @param when first timestamp @param seconds cadence @return a copy */
    public HcamRunSpec withTimes(LocalDateTime when, double seconds) {
        return new HcamRunSpec(mode, xbin, ybin, prescan, overscan, nsamp, clear, nskips, rotated, windows,
                driftWindows, frames, when, seconds, counters, badTimestamps, unsynced);
    }

    /** @return number of window sets written */
    public int sets() {
        return mode.startsWith("TwoWindow") ? 2 : 1;
    }

    /** @param position frame position, 1-based @return the counter written in it */
    public long counter(int position) {
        return counters.isEmpty() ? position : counters.get(position - 1);
    }
}
