package io.github.hipercam.imagej;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Grab;
import io.github.hipercam.spool.HangAbout;
import io.github.hipercam.spool.RunSpooler;
import ij.IJ;
import ij.ImagePlus;
import ij.gui.YesNoCancelDialog;
import ij.plugin.PlugIn;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Plugins &gt; HiPERCAM &gt; Export Frames…: the {@code grab} job on the
 * current image's run. It writes {@code root_NNNN.hcm} files (NNNN the frame
 * number in the run) with a progress bar. If any of those files exist it asks
 * before replacing them; a macro must say {@code overwrite}, or the export
 * stops before writing anything.
 *
 * <pre>
 * run("Export Frames...", "folder=[/tmp/out] root=run0012 digits=4 first=1 last=10");
 * </pre>
 */
public final class ExportFramesCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "Export Frames...";

    @Override
    public void run(String arg) {
        try {
            ImagePlus imp = Commands.currentRunImage(TITLE);
            RunStack stack = (RunStack) imp.getStack();
            OpenRun run = stack.run();
            Fields f = Fields.create(TITLE);
            f.directory("Folder", IJ.getDirectory("current") == null ? "" : IJ.getDirectory("current"));
            f.string("Root of file names", defaultRoot(run.name()), 20);
            f.number("Digits of frame numbers", 4, 0);
            f.number("First frame", run.frameOf(1), 0);
            f.number("Last frame", run.frameOf(stack.frames()), 0);
            f.checkbox("Overwrite existing files", false);
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
            boolean overwrite = f.nextBoolean() || confirmOverwrite(existing(s, first, last));
            List<Path> written = export(run, withLastAndOverwrite(s, last, overwrite), first);
            IJ.showStatus(TITLE + " wrote " + written.size() + " files to " + folder);
        } catch (HipercamException e) {
            Commands.fail(TITLE, e);
        }
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
        try {
            Files.createDirectories(settings.dir());
        } catch (java.io.IOException e) {
            throw new io.github.hipercam.SourceAccessException(settings.dir() + ": cannot create folder: "
                    + e.getMessage(), e);
        }
        int total = last - first + 1;
        Grab.Settings bounded = new Grab.Settings(settings.dir(), settings.root(), settings.ndigit(), last,
                settings.overwrite());
        RunSpooler<Mccd> spool = new RunSpooler<>(run.cache().asReader(), first);
        List<Path> out = Grab.run(spool, bounded, HangAbout.of(0.05, 0),
                (frame, written, file) -> IJ.showProgress(written, total));
        IJ.showProgress(1.0);
        return out;
    }
}
