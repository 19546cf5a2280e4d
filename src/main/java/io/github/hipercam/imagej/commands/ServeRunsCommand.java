package io.github.hipercam.imagej.commands;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import io.github.hipercam.HipercamException;
import io.github.hipercam.server.FileServer;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Plugins &gt; HiPERCAM &gt; Serve Runs...: serves a directory of runs from this
 * ImageJ to {@code hs}/{@code us} clients on other machines (or this one),
 * with the project's {@link FileServer}. Run again while serving to stop it.
 *
 * <p>The server works on its own daemon threads; starting and stopping are
 * done on a worker thread, so the command never holds up the event dispatch
 * thread. One server at a time per ImageJ.
 */
public final class ServeRunsCommand implements PlugIn {

    private static final String TITLE = "Serve Runs...";
    private static final Object LOCK = new Object();
    private static FileServer running;

    @Override
    public void run(String arg) {
        FileServer current;
        synchronized (LOCK) {
            current = running;
        }
        if (current != null && current.isRunning()) {
            if (GraphicsEnvironment.isHeadless()) {
                stop(); // no one to ask: a second run from a macro stops the server
                return;
            }
            askToStop(current);
        } else {
            try {
                askToStart();
            } catch (HipercamException e) {
                Commands.fail(TITLE, e);
            }
        }
    }

    private static void askToStop(FileServer current) {
        GenericDialog gd = new GenericDialog("Serve Runs");
        gd.addMessage("Serving " + current.directory() + "\nHiPERCAM (hs): " + current.hipercamBase()
                + "\nULTRACAM (us): " + current.httpBase());
        gd.enableYesNoCancel("Stop serving", "Keep serving");
        gd.hideCancelButton();
        gd.showDialog();
        if (gd.wasOKed()) {
            background(() -> {
                stop();
                IJ.showStatus("HiPERCAM file server stopped");
            });
        }
    }

    /**
     * Asks for the directory, port, bind address and other allowed origins:
     * a dialog, filled from macro options and recorded as usual, or the macro
     * options alone when ImageJ is headless, e.g.
     * {@code run("Serve Runs...", "directory=[/data] port=8007 bind=127.0.0.1 allowed=[]")}.
     * {@code allowed} takes the values of the {@code serve} command's
     * {@code --allow-origin}, separated by spaces or commas.
     */
    private static void askToStart() {
        Fields f = Fields.create(TITLE);
        f.directory("Directory", IJ.getDirectory("current") == null ? "" : IJ.getDirectory("current"));
        f.number("Port", FileServer.Config.DEFAULT_PORT, 0);
        f.string("Bind address", FileServer.Config.DEFAULT_BIND, 20);
        f.message("127.0.0.1 serves this computer only; 0.0.0.0 serves every network it is on.");
        f.string("Allowed origins", "", 30);
        f.message("Requests sent to another name than this computer's, or from web pages of other sites,\n"
                + "are refused unless listed here, e.g. http://example.org:8080 or hipercam.example.org.");
        if (!f.show()) {
            return;
        }
        String dir = f.nextString();
        int port = (int) f.nextNumber();
        String bind = f.nextString().strip();
        List<String> allowed = allowed(f.nextString());
        background(() -> start(dir, port, bind, allowed));
    }

    /**
     * @param text values separated by spaces or commas
     * @return the values
     */
    static List<String> allowed(String text) {
        return Arrays.stream(text.strip().split("[,\\s]+")).filter(v -> !v.isEmpty()).toList();
    }

    private static void start(String dir, int port, String bind, List<String> allowed) {
        try {
            FileServer s = FileServer.start(FileServer.Config.of(Path.of(dir)).withPort(port).withBind(bind)
                    .withAllowOrigins(allowed).withLog(m -> IJ.log("Serve Runs: " + m)));
            synchronized (LOCK) {
                running = s;
            }
            IJ.log("Serving " + s.directory() + " (read-only): HIPERCAM_DEFAULT_URL=" + s.hipercamBase()
                    + "  ULTRACAM_DEFAULT_URL=" + s.httpBase());
            IJ.showStatus("HiPERCAM file server on port " + s.port());
        } catch (HipercamException | java.nio.file.InvalidPathException e) {
            IJ.error("Serve Runs", e.getMessage());
        }
    }

    /** Stops the server if one is running. */
    static void stop() {
        FileServer s;
        synchronized (LOCK) {
            s = running;
            running = null;
        }
        if (s != null) {
            s.close();
        }
    }

    private static void background(Runnable r) {
        Thread t = new Thread(r, "hipercam-serve-runs");
        t.setDaemon(true);
        t.start();
    }
}
