package io.github.hipercam.testutil;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.RawFrames;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import io.github.hipercam.synth.SynthHcm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A run of synthetic frames of any length, built on demand, that counts its reads. */
public class SynthReader implements RunReader<Mccd> {

    public final int nccd;
    public volatile int available;
    public final boolean growing;
    public final AtomicInteger reads = new AtomicInteger();
    public volatile boolean closed;

    public SynthReader(int nccd, int available, boolean growing) {
        this.nccd = nccd;
        this.available = available;
        this.growing = growing;
    }

    public List<CcdPars> pars() {
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

    /**
     * @return this run as an opened run, as {@link io.github.hipercam.run.Runs#open} gives one:
     *     its readers are views that do not close it; closing the run closes this reader
     */
    public OpenedRun run() {
        SynthReader reader = this;
        RunReader<Mccd> view = new RunReader<>() {
            @Override
            public String name() {
                return reader.name();
            }

            @Override
            public int available() {
                return reader.available();
            }

            @Override
            public Poll<Mccd> read(int number) {
                return reader.read(number);
            }

            @Override
            public void close() {
                // a view: the run stays open
            }
        };
        return new OpenedRun() {
            @Override
            public String source() {
                return "synth";
            }

            @Override
            public String resource() {
                return reader.name();
            }

            @Override
            public String name() {
                return reader.name();
            }

            @Override
            public SpoolOptions options() {
                return SpoolOptions.defaults();
            }

            @Override
            public List<CcdPars> ccdPars() {
                return pars();
            }

            @Override
            public int available() {
                return reader.available();
            }

            @Override
            public RunReader<Mccd> frames() {
                return view;
            }

            @Override
            public io.github.hipercam.model.RunSummary summary() {
                return new io.github.hipercam.model.RunSummary("synthetic", List.of(), List.of());
            }

            @Override
            public RunReader<Mccd> frames(int timingFrom) {
                return view;
            }

            @Override
            public int firstFrame(int first) {
                int n = first >= 1 ? first : reader.available() + first;
                return n >= 1 ? n : 0;
            }

            @Override
            public Spooler<Mccd> spool(int first) {
                return new RunSpooler<>(view, first);
            }

            @Override
            public Spooler<Ccd> spool(int first, String ccd) {
                Spooler<Mccd> whole = spool(first);
                return new Spooler<>() {
                    @Override
                    public Poll<Ccd> poll() {
                        Poll<Mccd> p = whole.poll();
                        if (p instanceof Poll.Ready<Mccd> r) {
                            return Poll.ready(r.frame().ccd(ccd), r.number());
                        }
                        return p instanceof Poll.End<Mccd> ? Poll.end() : Poll.notYet();
                    }

                    @Override
                    public void close() {
                        whole.close();
                    }
                };
            }

            @Override
            public RawFrames raw() {
                throw new InvalidArgumentException(name() + ": synthetic frames have no raw bytes");
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }
}
