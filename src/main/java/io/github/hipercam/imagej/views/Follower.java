package io.github.hipercam.imagej.views;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.spool.Spooler;
import ij.ImageListener;
import ij.ImagePlus;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Follows a run that is still being written: waits (by its {@link HangAbout})
 * for the first frame, opens the run's images, then keeps asking for the
 * newest frame (the reference's {@code first = 0}), grows the stacks as
 * frames arrive and shows the newest one.
 *
 * <p>{@link #run()} blocks, so it runs on a thread of its own, never on the
 * event dispatch thread; images are changed on the event dispatch thread when
 * they are shown. It ends when the run ends, when the hang-about policy gives
 * up, when {@link #stop()} is called, or when one of its images is closed.
 */
public final class Follower implements Runnable {

    private final OpenedRun opened;
    private final String ccd;
    private final boolean hyperstack;
    private final OpenRun.Settings settings;
    private final HangAbout hang;
    private final Consumer<List<ImagePlus>> onOpen;
    private volatile List<ImagePlus> images = List.of();
    private volatile int newest;
    private volatile OpenRun run;
    private volatile boolean hadWindow;
    /** Stops following when one of the images is closed. */
    final ImageListener closer = closeListener();

    /**
     * @param opened the run (closed when the run's images close, or by this if it gives up before any frame)
     * @param ccd CCD label or "all"
     * @param hyperstack all CCDs as one hyperstack (when "all")
     * @param settings drawing and cache (frames are ignored: from 1, growing)
     * @param hang how long to wait for new frames; its status lines tell the user
     * @param onOpen told once with the images when the first frame is there (to show them)
     */
    public Follower(OpenedRun opened, String ccd, boolean hyperstack, OpenRun.Settings settings, HangAbout hang,
            Consumer<List<ImagePlus>> onOpen) {
        this.opened = opened;
        this.ccd = ccd;
        this.hyperstack = hyperstack;
        this.settings = settings.withFrames(1, 0);
        this.hang = hang;
        this.onOpen = onOpen;
    }

    /** @return the name of the run followed */
    public String runName() {
        return opened.name();
    }

    /** @return the images, once open */
    public List<ImagePlus> images() {
        return images;
    }

    /** @return the newest frame shown so far (0 before the first) */
    public int newest() {
        return newest;
    }

    /** @return the run, once open, or null */
    public OpenRun openRun() {
        return run;
    }

    /** Stops following; safe from any thread, e.g. when a window closes. */
    public void stop() {
        hang.cancel();
    }

    @Override
    public void run() {
        if (!waitForFirstFrame()) {
            opened.close();
            return;
        }
        run = new OpenRun(opened, settings);
        images = RunImages.ALL.equals(ccd) ? FileOpener.images(run, hyperstack)
                : List.of(RunImages.ccd(run, ccd));
        ImagePlus.addImageListener(closer);
        try {
            onOpen.accept(images);
            follow();
        } finally {
            ImagePlus.removeImageListener(closer);
        }
    }

    private boolean waitForFirstFrame() {
        while (opened.available() < 1) {
            if (hang.after(Poll.notYet()) == HangAbout.Outcome.GIVE_UP) {
                return false;
            }
        }
        return !hang.isCancelled();
    }

    private void follow() {
        try (Spooler<Mccd> spool = opened.spool(0)) {
            follow(spool);
        }
    }

    /** Asks the run's spool of the newest frame (first = 0) for each new frame, and shows it. */
    private void follow(Spooler<Mccd> spool) {
        while (!hang.isCancelled()) {
            Poll<Mccd> p;
            try {
                p = hang.next(spool);
            } catch (HipercamException e) {
                hang.cancel();
                throw e;
            }
            if (!(p instanceof Poll.Ready<Mccd> r) || windowsGone()) {
                return;
            }
            run.refresh();
            newest = r.number();
            onDisplay(() -> showFrame(r.number()));
        }
    }

    /** @return true if the images were shown in windows and none is left (closed by the user) */
    private boolean windowsGone() {
        boolean any = images.stream().anyMatch(i -> i.getWindow() != null);
        hadWindow |= any;
        return hadWindow && !any;
    }

    private void showFrame(int frame) {
        for (ImagePlus imp : images) {
            RunImages.grow(imp);
            RunStack stack = (RunStack) imp.getStack();
            int t = frame - run.from() + 1;
            if (t <= stack.frames()) {
                if (stack.channels() > 1) {
                    imp.setT(t);
                } else {
                    imp.setSlice(t);
                }
            }
        }
    }

    private void onDisplay(Runnable task) {
        boolean shown = images.stream().anyMatch(i -> i.getWindow() != null);
        if (!shown || EventQueue.isDispatchThread()) {
            task.run();
            return;
        }
        try {
            EventQueue.invokeAndWait(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            hang.cancel();
        } catch (InvocationTargetException e) {
            throw new HipercamException("updating the live view failed: " + e.getCause(), e.getCause());
        }
    }

    private ImageListener closeListener() {
        return new ImageListener() {
            @Override
            public void imageOpened(ImagePlus imp) {
                // nothing to do
            }

            @Override
            public void imageClosed(ImagePlus imp) {
                if (images.contains(imp) && ClosedImages.isGone(imp)) {
                    stop();
                }
            }

            @Override
            public void imageUpdated(ImagePlus imp) {
                // nothing to do
            }
        };
    }
}
