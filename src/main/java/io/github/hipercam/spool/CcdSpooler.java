package io.github.hipercam.spool;

import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Mccd;

/** Yields one CCD of each frame of another spooler. */
final class CcdSpooler implements Spooler<Ccd> {

    private final Spooler<Mccd> inner;
    private final String label;

    CcdSpooler(Spooler<Mccd> inner, String label) {
        this.inner = inner;
        this.label = label;
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
