package io.github.hipercam.fuzz;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.model.Window;

/**
 * Runs the entry points a user would call one after another, as a user
 * would: a domain error from one (say {@code ccdPars}) does not stop the
 * next (say {@code open}) from being tried. Anything but a domain error
 * escapes at once; the first domain error is thrown at the end.
 */
final class Steps {

    /** A step that may throw anything. */
    @FunctionalInterface
    interface Step {
        /** @throws Exception whatever the library throws */
        void run() throws Exception;
    }

    private HipercamException first;

    /**
     * @param step one call
     * @return this
     * @throws Exception anything but a HipercamException
     */
    Steps then(Step step) throws Exception {
        try {
            step.run();
        } catch (HipercamException e) {
            if (first == null) {
                first = e;
            }
        }
        return this;
    }

    /** Throws the first domain error, if there was one. */
    void done() {
        if (first != null) {
            throw first;
        }
    }

    /**
     * Touches every pixel and the timing items, as a display or a dump would.
     *
     * @param f a frame
     * @return a sum, so that nothing is optimised away
     */
    static double touch(Frame f) {
        double s = 0;
        if (f instanceof Mccd m) {
            s += m.head().has("MJDUTC") ? 1 : 0;
            for (Ccd c : m.ccds().values()) {
                s += touch(c);
            }
            return s;
        }
        Ccd c = (Ccd) f;
        s += c.nxtot() + c.nytot() + c.nxpad() + c.nypad() + (c.head().has("MJDUTC") ? 1 : 0);
        for (Window w : c.windows().values()) {
            s += w.sum() + w.geometry().llx() + w.geometry().npix();
        }
        return s;
    }
}
