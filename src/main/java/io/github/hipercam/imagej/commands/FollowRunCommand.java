package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.Follower;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.View;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.plugin.PlugIn;
import java.util.List;
import java.util.function.Consumer;

/**
 * Plugins &gt; HiPERCAM &gt; Follow Run (live)…: shows the newest frame of a
 * run that is still being written, locally or from a server. The stack grows
 * as frames arrive; the status line says how long it has waited for the next
 * one; it stops when the run ends, after {@code tmax} seconds without a new
 * frame, when its window is closed, or when Esc is pressed while it waits.
 * The following is done by a {@link Follower} on a thread of its own.
 *
 * <p>From the menu the command returns at once. From a macro (called with
 * options) it returns once the run's image is shown and is the macro's
 * current image: if the run has no frame yet, it waits for the first one,
 * at most {@code tmax} seconds (Esc stops it sooner); if none comes, the
 * macro stops with a message.
 *
 * <pre>
 * run("Follow Run (live)...", "source=hs run=run0012 server=[http://127.0.0.1:8007] twait=1 tmax=60 ccd=2");
 * run("Follow Run (live)...", "source=hl run=[/data/run0012] twait=1 tmax=60 ccd=all view=mosaic hyperstack");
 * </pre>
 *
 * <p>{@code view} is {@code canvas} (the default), {@code windows} or
 * {@code mosaic}, as for Open Run….
 */
public final class FollowRunCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Follow Run (live)...";

    /** The last status line of the wait, for the message when no frame came. */
    private volatile String lastStatus = "";
    private volatile HipercamException failure;

    @Override
    public void run(String arg) {
        OpenHandoff handoff = Macro.getOptions() != null ? new OpenHandoff() : null;
        try {
            Follower f = ask(handoff != null ? handoff : Commands::show);
            if (f == null) {
                return;
            }
            Thread t = new Thread(() -> {
                try {
                    followQuietly(f);
                } finally {
                    if (handoff != null) {
                        handoff.ended();
                    }
                }
            }, "HiPERCAM follow");
            t.setDaemon(true);
            t.start();
            if (handoff != null && handoff.showWhenOpen(Commands::show, f::stop).isEmpty()) {
                throw failure != null ? failure : new HipercamException(f.runName()
                        + ": no frame to show; " + lastStatus);
            }
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    private void followQuietly(Follower f) {
        try {
            f.run();
            IJ.showStatus(TITLE + ": stopped after frame " + f.newest());
        } catch (HipercamException e) {
            failure = e;
            IJ.log("HiPERCAM " + TITLE + ": " + e.getMessage());
            IJ.showStatus(TITLE + ": stopped: " + e.getMessage());
        }
    }

    private Follower ask(Consumer<List<ImagePlus>> onOpen) {
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
        SpoolOptions options = SpoolOptions.defaults().withServerUrl(url.isBlank() ? null : url.strip())
                .withFollow(true);
        OpenedRun opened = Runs.open(source, resource, options);
        try {
            return follower(opened, resource, twait, tmax, onOpen);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private Follower follower(OpenedRun opened, String resource, double twait, double tmax,
            Consumer<List<ImagePlus>> onOpen) {
        List<CcdPars> pars = opened.ccdPars();
        Fields g = Fields.create(TITLE);
        g.choice("CCD", OpenRunCommand.ccdChoices(pars), OpenRunCommand.ALL);
        g.choice("View", View.keys(), View.CANVAS.key());
        g.message("canvas: the whole CCD; windows: cropped to the windows; mosaic: the windows side by side");
        g.checkbox("Hyperstack (all CCDs as channels)", true);
        if (!g.show()) {
            opened.close();
            return null;
        }
        String ccd = OpenRunCommand.ccdLabel(g.nextChoice(), pars);
        View view = View.of(g.nextChoice());
        boolean hyper = g.nextBoolean();
        HangAbout[] hang = new HangAbout[1];
        hang[0] = HangAbout.builder(twait, tmax).status(line -> {
            lastStatus = line;
            IJ.showStatus("HiPERCAM " + resource + ": " + line + " (Esc stops)");
            if (IJ.escapePressed()) {
                IJ.resetEscape();
                hang[0].cancel();
            }
        }).build();
        return new Follower(opened, ccd, hyper, OpenRun.Settings.defaults().withView(view), hang[0], onOpen);
    }
}
