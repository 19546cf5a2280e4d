package io.github.hipercam.run;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.Spooler;
import java.util.List;

/** Yields one CCD of each frame of a run's spool. */
final class CcdSpool implements Spooler<Ccd> {

    private final Spooler<Mccd> inner;
    private final String label;

    private CcdSpool(Spooler<Mccd> inner, String label) {
        this.inner = inner;
        this.label = label;
    }

    /**
     * @param run the run
     * @param first where to start
     * @param label the CCD, checked against the run's get_ccd_pars first
     * @return the spool
     * @throws InvalidArgumentException naming the labels there are
     */
    static Spooler<Ccd> of(OpenedRun run, int first, String label) {
        List<String> labels = run.ccdPars().stream().map(CcdPars::label).toList();
        if (label == null || !labels.contains(label)) {
            throw new InvalidArgumentException(run.resource() + ": no CCD '" + label + "'; CCDs are " + labels);
        }
        return new CcdSpool(run.spool(first), label);
    }

    @Override
    public Poll<Ccd> poll() {
        Poll<Mccd> p = inner.poll();
        if (p instanceof Poll.Ready<Mccd> r) {
            return Poll.ready(r.frame().ccd(label), r.number());
        }
        return p instanceof Poll.End<Mccd> ? Poll.end() : Poll.notYet();
    }

    @Override
    public void close() {
        inner.close();
    }
}
