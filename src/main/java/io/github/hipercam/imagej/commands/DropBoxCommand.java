package io.github.hipercam.imagej.commands;

import io.github.hipercam.imagej.views.FileOpener;
import io.github.hipercam.imagej.views.OpenRun;
import io.github.hipercam.run.FileKinds;
import io.github.hipercam.HipercamException;
import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PlugIn;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Label;
import java.awt.datatransfer.DataFlavor;
import java.awt.dnd.DnDConstants;
import java.awt.dnd.DropTarget;
import java.awt.dnd.DropTargetAdapter;
import java.awt.dnd.DropTargetDropEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugins &gt; HiPERCAM &gt; HiPERCAM Drop Box: drag and drop for plain ImageJ
 * 1.x. Dropped on ImageJ's own window, an {@code .hcm} goes to ImageJ's FITS
 * reader, which cannot read it; dropped on this small window, {@code .hcm}
 * files and raw HiPERCAM runs open with our reader and anything else goes to
 * ImageJ's {@code IJ.open} as usual.
 */
public final class DropBoxCommand implements PlugIn {

    /** The command's label. */
    static final String TITLE = "HiPERCAM Drop Box";

    private static Frame box;

    @Override
    public void run(String arg) {
        if (GraphicsEnvironment.isHeadless()) {
            IJ.log(TITLE + " needs a screen; headless, use run(\"Open .hcm...\", \"file=[...]\")");
            return;
        }
        java.awt.EventQueue.invokeLater(DropBoxCommand::showBox);
    }

    private static synchronized void showBox() {
        if (box != null && box.isDisplayable()) {
            box.toFront();
            return;
        }
        Frame f = new Frame(TITLE);
        Label l = new Label("Drop .hcm files or HiPERCAM runs here", Label.CENTER);
        f.add(l);
        f.setSize(320, 120);
        new DropTarget(l, new Dropper());
        new DropTarget(f, new Dropper());
        f.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                f.dispose();
            }
        });
        f.setVisible(true);
        box = f;
    }

    /**
     * Opens dropped files: ours with our reader, others with ImageJ.
     *
     * @param files the files
     * @return the images our reader opened (others are ImageJ's business)
     */
    static List<ImagePlus> openAll(List<File> files) {
        List<ImagePlus> ours = new ArrayList<>();
        for (File file : files) {
            Path p = file.toPath();
            if (FileKinds.of(p).isOurs()) {
                try {
                    List<ImagePlus> images = FileOpener.open(p, false, OpenRun.Settings.defaults());
                    Commands.show(images);
                    ours.addAll(images);
                } catch (HipercamException e) {
                    IJ.error(TITLE, e.getMessage());
                }
            } else {
                IJ.open(file.getPath());
            }
        }
        return ours;
    }

    /** Accepts file lists and opens them off the event thread. */
    private static final class Dropper extends DropTargetAdapter {
        @Override
        public void drop(DropTargetDropEvent e) {
            e.acceptDrop(DnDConstants.ACTION_COPY);
            try {
                Object data = e.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                List<File> files = new ArrayList<>();
                if (data instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof File file) {
                            files.add(file);
                        }
                    }
                }
                e.dropComplete(true);
                new Thread(() -> openAll(files), TITLE).start();
            } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException ex) {
                e.dropComplete(false);
                IJ.log(TITLE + ": cannot take that drop: " + ex.getMessage());
            }
        }
    }
}
