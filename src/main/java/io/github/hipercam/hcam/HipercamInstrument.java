package io.github.hipercam.hcam;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Access;
import io.github.hipercam.spool.DiskSpooler;
import io.github.hipercam.spool.Instrument;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * HiPERCAM: five 2048x1024 CCDs. Source {@code hl} reads {@code RESOURCE.fits}
 * from disk; source {@code hs} reads from the file server through the
 * {@link HcamServerTransport} the network adapter registers.
 */
public final class HipercamInstrument implements Instrument {

    /** Name used in source codes. */
    public static final String NAME = "hipercam";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supportsServer() {
        return true;
    }

    @Override
    public RunReader<Mccd> openReader(String resource, Access access, SpoolOptions options) {
        if (access == Access.SERVER) {
            return HcamRunReader.open(serverTransport().open(resource, options), options);
        }
        return HcamRunReader.open(runFile(resource), options);
    }

    /**
     * A local run read from {@code first >= 1} ends where the file holds no
     * further whole frame, as the reference's disk spool does, unless
     * {@link SpoolOptions#follow()} asks to follow a run still being written
     * (see {@link DiskSpooler}).
     */
    @Override
    public Spooler<Mccd> openSpooler(String resource, Access access, int first, SpoolOptions options) {
        Spooler<Mccd> spool = new RunSpooler<>(openReader(resource, access, options), first);
        return access == Access.LOCAL ? DiskSpooler.of(spool, first, options) : spool;
    }

    /**
     * @param resource a run name, with or without {@code .fits}
     * @return the run's file
     */
    public static Path runFile(String resource) {
        return Path.of(resource.endsWith(".fits") ? resource : resource + ".fits");
    }

    private static HcamServerTransport serverTransport() {
        for (ClassLoader cl : new ClassLoader[] {HipercamInstrument.class.getClassLoader(),
            Thread.currentThread().getContextClassLoader()}) {
            if (cl != null) {
                for (HcamServerTransport t : ServiceLoader.load(HcamServerTransport.class, cl)) {
                    return t;
                }
            }
        }
        throw new SourceAccessException("no HiPERCAM file-server transport is installed; source hs needs"
                + " the network module on the class path");
    }

    /** The same for every run: (label, 2048, 1024, 50, 8) for CCDs 1 to 5. */
    @Override
    public List<CcdPars> ccdPars(String resource, Access access, SpoolOptions options) {
        List<CcdPars> out = new ArrayList<>();
        for (int i = 1; i <= HcamReadout.NCCD; i++) {
            out.add(new CcdPars(Integer.toString(i), HcamReadout.NXTOT, HcamReadout.NYTOT, HcamReadout.NPSCAN,
                    HcamReadout.NOSCAN));
        }
        return out;
    }
}
