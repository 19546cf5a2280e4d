package io.github.hipercam.imagej.views;

import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Winhead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Layout} of each CCD of a run for a {@link View}. Cropped and
 * mosaic views are cut around the windows of all CCDs together when they
 * share one binning, so that the CCDs keep one picture size and can still be
 * the channels of one hyperstack; otherwise each CCD is cut around its own.
 */
final class Layouts {

    private Layouts() {
    }

    /**
     * @param view the view
     * @param pars get_ccd_pars of the run
     * @param sample a frame of the run (for the windows)
     * @return label to layout, in the order of pars
     */
    static Map<String, Layout> of(View view, List<CcdPars> pars, Mccd sample) {
        Map<String, Layout> out = new LinkedHashMap<>();
        List<Winhead> all = new ArrayList<>();
        for (CcdPars p : pars) {
            all.addAll(CcdCanvas.windows(sample.ccd(p.label())));
        }
        Layout shared = view == View.CANVAS || !oneBinning(all) ? null : cut(view, all);
        for (CcdPars p : pars) {
            List<Winhead> mine = CcdCanvas.windows(sample.ccd(p.label()));
            Layout l = shared;
            if (l == null) {
                l = view == View.CANVAS || mine.isEmpty() ? CcdCanvas.of(p, sample.ccd(p.label())) : cut(view, mine);
            }
            out.put(p.label(), l);
        }
        return out;
    }

    private static Layout cut(View view, List<Winhead> windows) {
        return view == View.MOSAIC ? Mosaic.of(windows) : CcdCanvas.around(windows);
    }

    private static boolean oneBinning(List<Winhead> windows) {
        return !windows.isEmpty() && windows.stream().map(w -> w.xbin() + "x" + w.ybin()).distinct().count() == 1;
    }
}
