package io.github.hipercam.imagej;

import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.synth.SynthHcm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A run of synthetic frames of any length, built on demand, that counts its reads. */
class SynthReader implements RunReader<Mccd> {

    final int nccd;
    volatile int available;
    final boolean growing;
    final AtomicInteger reads = new AtomicInteger();
    volatile boolean closed;

    SynthReader(int nccd, int available, boolean growing) {
        this.nccd = nccd;
        this.available = available;
        this.growing = growing;
    }

    List<CcdPars> pars() {
        List<CcdPars> out = new ArrayList<>();
        for (int c = 1; c <= nccd; c++) {
            out.add(new CcdPars(Integer.toString(c), 2048, 1024, 50, 8));
        }
        return out;
    }

    @Override
    public String name() {
        return "synth/run0001";
    }

    @Override
    public int available() {
        return available;
    }

    @Override
    public Poll<Mccd> read(int number) {
        reads.incrementAndGet();
        if (number >= 1 && number <= available) {
            return Poll.ready(SynthHcm.frame(nccd, number), number);
        }
        return growing ? Poll.notYet() : Poll.end();
    }

    @Override
    public void close() {
        closed = true;
    }
}
