package io.github.hipercam.imagej;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spoolers;
import ij.IJ;
import ij.plugin.PlugIn;
import java.util.List;

/**
 * Plugins &gt; HiPERCAM &gt; Follow Run (live)…: shows the newest frame of a
 * run that is still being written, locally or from a server. The stack grows
 * as frames arrive; the status line says how long it has waited for the next
 * one; it stops when the run ends, after {@code tmax} seconds without a new
 * frame, when its window is closed, or when Esc is pressed while it waits.
 * The command returns at once; the
 * following is done by a {@link Follower} on a thread of its own.
 *
 * <pre>
 * run("Follow Run (live)...", "source=hs run=run0012 server=[http://127.0.0.1:8007] twait=1 tmax=60 ccd=2");
 * </pre>
 */
public final class FollowRunCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Follow Run (live)...";

    @Override
    public void run(String arg) {
        try {
            Follower f = ask();
            if (f != null) {
                Thread t = new Thread(() -> followQuietly(f), "HiPERCAM follow");
                t.setDaemon(true);
                t.start();
            }
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    private static void followQuietly(Follower f) {
        try {
            f.run();
            IJ.showStatus(TITLE + ": stopped after frame " + f.newest());
        } catch (HipercamException e) {
            IJ.log("HiPERCAM " + TITLE + ": " + e.getMessage());
            IJ.showStatus(TITLE + ": stopped: " + e.getMessage());
        }
    }

    private static Follower ask() {
        Fields f = Fields.create(TITLE);
        f.choice("Source", Commands.sources(), "hl");
        f.file("Run", "");
        f.string("Server URL (hs, us; blank = environment)", "", 30);
        f.number("twait (seconds between tries)", 1, 1);
        f.number("tmax (seconds to wait for a new frame)", 60, 0);
        if (!f.show()) {
            return null;
        }
        String source = f.nextChoice();
        String resource = f.nextString().strip();
        String url = f.nextString();
        double twait = f.nextNumber();
        double tmax = f.nextNumber();
        if (resource.isEmpty()) {
            throw new InvalidArgumentException(TITLE + ": no run given");
        }
        SpoolOptions options = SpoolOptions.defaults().withServerUrl(url.isBlank() ? null : url.strip());
        List<CcdPars> pars = Spoolers.ccdPars(source, resource, options);
        Fields g = Fields.create(TITLE);
        g.choice("CCD", OpenRunCommand.ccdChoices(pars), OpenRunCommand.ALL);
        g.checkbox("Hyperstack (all CCDs as channels)", true);
        if (!g.show()) {
            return null;
        }
        String ccd = OpenRunCommand.ccdLabel(g.nextChoice(), pars);
        boolean hyper = g.nextBoolean();
        HangAbout[] hang = new HangAbout[1];
        hang[0] = HangAbout.builder(twait, tmax).status(line -> {
            IJ.showStatus("HiPERCAM " + resource + ": " + line + " (Esc stops)");
            if (IJ.escapePressed()) {
                IJ.resetEscape();
                hang[0].cancel();
            }
        }).build();
        return new Follower(Spoolers.openReader(source, resource, options), pars, ccd, hyper,
                OpenRun.Settings.defaults(), hang[0], Commands::show);
    }
}
