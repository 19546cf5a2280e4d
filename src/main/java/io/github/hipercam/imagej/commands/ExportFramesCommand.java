package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.imagej.views.RunStack;
import io.github.hipercam.FileExistsException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Grab;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.Spooler;
import ij.IJ;
import ij.ImagePlus;
import ij.Prefs;
import ij.gui.YesNoCancelDialog;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Plugins &gt; HiPERCAM &gt; Export Frames…: the {@code grab} job on the
 * current image's run. It writes {@code root_NNN.hcm} files (NNN the frame
 * number in the run, {@link Grab#DEFAULT_NDIGIT} digits unless asked
 * otherwise, as the command line's {@code grab}) with a progress bar.
 *
 * <p>It never writes where the user did not mean to: a folder that does not
 * exist is created only after asking (a macro must say {@code create}, or
 * the export stops), and if any of the files exist it asks before replacing
 * them (a macro must say {@code overwrite}). The folder last exported to is
 * remembered in ImageJ's preferences and offered next time.
 *
 * <pre>
 * run("Export Frames...", "folder=[/tmp/out] root=run0012 digits=3 first=1 last=10 create");
 * </pre>
 */
public final class ExportFramesCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Export Frames...";

    /** The ImageJ preference holding the folder last exported to. */
    static final String FOLDER_PREF = "hipercam.export.folder";

    @Override
    public void run(String arg) {
        try {
            ImagePlus imp = Commands.currentRunImage(TITLE);
            RunStack stack = (RunStack) imp.getStack();
            OpenRun run = stack.run();
            Fields f = Fields.create(TITLE);
            f.directory("Folder", lastFolder());
            f.string("Root of file names", defaultRoot(run.name()), 20);
            f.number("Digits of frame numbers", Grab.DEFAULT_NDIGIT, 0);
            f.number("First frame", run.frameOf(1), 0);
            f.number("Last frame", run.frameOf(stack.frames()), 0);
            f.checkbox("Overwrite existing files", false);
            f.checkbox("Create the folder if it is missing", false);
            if (!f.show()) {
                return;
            }
            String folder = f.nextString().strip();
            if (folder.isEmpty()) {
                throw new InvalidArgumentException(TITLE + ": no folder given");
            }
            Grab.Settings s = new Grab.Settings(Path.of(folder), f.nextString().strip(), (int) f.nextNumber(),
                    0, false);
            int first = (int) f.nextNumber();
            int last = (int) f.nextNumber();
            boolean overwriteGiven = f.nextBoolean();
            if (!folderReady(s.dir(), f.nextBoolean())) {
                return;
            }
            boolean overwrite = overwriteGiven || confirmOverwrite(existing(s, first, last));
            List<Path> written = export(run, withLastAndOverwrite(s, last, overwrite), first);
            Prefs.set(FOLDER_PREF, s.dir().toAbsolutePath().toString());
            IJ.showStatus(TITLE + " wrote " + written.size() + " files to " + folder);
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
    }

    /** @return the folder last exported to, else ImageJ's current folder, else "" */
    static String lastFolder() {
        String current = IJ.getDirectory("current");
        return Prefs.get(FOLDER_PREF, current == null ? "" : current);
    }

    /**
     * Makes sure the folder is there: creates a missing one if the options
     * say {@code create} or the user agrees, and refuses otherwise.
     *
     * @param dir the folder
     * @param create true if the user asked for a missing folder to be created
     * @return false if the user cancelled
     * @throws InvalidArgumentException if the folder is missing and may not be created, or is a file
     */
    private static boolean folderReady(Path dir, boolean create) {
        if (Files.isDirectory(dir)) {
            return true;
        }
        if (Files.exists(dir)) {
            throw new InvalidArgumentException(TITLE + ": " + dir + " is a file, not a folder");
        }
        if (!create) {
            if (GraphicsEnvironment.isHeadless() || IJ.isMacro()) {
                throw new InvalidArgumentException(TITLE + ": the folder " + dir + " does not exist; nothing was"
                        + " written (add 'create' to the options to create it)");
            }
            YesNoCancelDialog d = new YesNoCancelDialog(IJ.getInstance(), TITLE, "The folder\n" + dir
                    + "\ndoes not exist. Create it?");
            if (!d.yesPressed()) {
                return false;
            }
            Recorder.recordOption("create");
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new io.github.hipercam.SourceAccessException(dir + ": cannot create folder: " + e.getMessage(), e);
        }
        return true;
    }

    /**
     * @param runName a run's name
     * @return the grab root, without a .hcm or .lis extension either
     */
    static String defaultRoot(String runName) {
        String root = Grab.rootOf(runName);
        for (String ext : new String[] {".hcm", ".lis"}) {
            if (root.endsWith(ext) && root.length() > ext.length()) {
                root = root.substring(0, root.length() - ext.length());
            }
        }
        return root;
    }

    private static Grab.Settings withLastAndOverwrite(Grab.Settings s, int last, boolean overwrite) {
        return new Grab.Settings(s.dir(), s.root(), s.ndigit(), last, overwrite);
    }

    /**
     * @param s names
     * @param first first frame
     * @param last last frame
     * @return the files of those frames that exist already
     */
    static List<Path> existing(Grab.Settings s, int first, int last) {
        return Grab.existing(new Grab.Settings(s.dir(), s.root(), s.ndigit(), last, false), first);
    }

    private static boolean confirmOverwrite(List<Path> existing) {
        if (existing.isEmpty()) {
            return false;
        }
        if (GraphicsEnvironment.isHeadless() || IJ.isMacro()) {
            throw new FileExistsException(existing.get(0));
        }
        YesNoCancelDialog d = new YesNoCancelDialog(IJ.getInstance(), TITLE, existing.size()
                + " of the files exist already, for example\n" + existing.get(0) + "\nReplace them?");
        if (!d.yesPressed()) {
            throw new FileExistsException(existing.get(0));
        }
        return true;
    }

    /**
     * Writes the frames {@code first} to {@code settings.last()} (0: to the end) of a run.
     *
     * @param run an open run
     * @param settings names, last frame and overwrite
     * @param first first frame
     * @return the files written
     * @throws FileExistsException before anything is written if a file exists and overwrite is off
     * @throws InvalidArgumentException if the folder does not exist (it is never created here)
     */
    public static List<Path> export(OpenRun run, Grab.Settings settings, int first) {
        if (first < 1) {
            throw new InvalidArgumentException("first frame must be at least 1, got " + first);
        }
        int last = settings.last() > 0 ? settings.last() : run.lastFrame();
        if (!settings.overwrite()) {
            List<Path> clash = existing(settings, first, last);
            if (!clash.isEmpty()) {
                throw new FileExistsException(clash.get(0));
            }
        }
        if (!Files.isDirectory(settings.dir())) {
            throw new InvalidArgumentException(settings.dir() + " is not a folder; nothing was written");
        }
        int total = last - first + 1;
        Grab.Settings bounded = new Grab.Settings(settings.dir(), settings.root(), settings.ndigit(), last,
                settings.overwrite());
        List<Path> out;
        try (Spooler<Mccd> spool = run.opened().spool(first)) {
            out = Grab.run(spool, bounded, HangAbout.of(0.05, 0),
                    (frame, written, file) -> IJ.showProgress(written, total));
        }
        IJ.showProgress(1.0);
        return out;
    }
}
