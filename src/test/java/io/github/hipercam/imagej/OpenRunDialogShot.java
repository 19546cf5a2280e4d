package io.github.hipercam.imagej;

import io.github.hipercam.imagej.commands.OpenRunCommand;
import java.awt.AWTEvent;
import java.awt.Button;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.TextArea;
import java.awt.TextField;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.TextEvent;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A program, run under Xvfb by {@link DisplayGuiIT}, that opens Open Run...'s
 * dialog in a real ImageJ as a person would, types a run's name into it,
 * waits for the preview and photographs the screen: {@code page1.png} (the
 * run named), {@code page1-wrong-kind.png} (a plain FITS file named) and,
 * after OK, {@code page2.png}; it then cancels. What each preview said goes
 * to {@code seen.txt}.
 *
 * <p>Arguments: the output folder, the HiPERCAM run, the plain FITS file.
 */
public final class OpenRunDialogShot {

    private OpenRunDialogShot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        new ij.ImageJ();
        Thread command = new Thread(() -> new OpenRunCommand().run(""), "Open Run...");
        command.start();
        List<String> seen = new ArrayList<>();
        try {
            Dialog page1 = await("Open Run...", null);
            type(page1, 0, args[2]);
            seen.add("wrong kind:\n" + awaitPreview(page1, "Not a run"));
            shoot(out.resolve("page1-wrong-kind.png"));
            type(page1, 0, args[1]);
            seen.add("page 1:\n" + awaitPreview(page1, "HiPERCAM"));
            shoot(out.resolve("page1.png"));
            press(page1, "OK");
            Dialog page2 = await("Open Run...", page1);
            seen.add("page 2:\n" + message(page2));
            shoot(out.resolve("page2.png"));
            press(page2, "Cancel");
            command.join(30_000);
        } finally {
            Files.write(out.resolve("seen.txt"), seen, StandardCharsets.UTF_8);
            System.exit(0);
        }
    }

    /** The visible dialog of that title other than {@code not}, waited for up to 30 s. */
    private static Dialog await(String title, Dialog not) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            for (Window w : Window.getWindows()) {
                if (w instanceof Dialog d && d != not && d.isShowing() && title.equals(d.getTitle())) {
                    Thread.sleep(500);
                    return d;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no dialog " + title);
    }

    private static <T extends Component> List<T> all(Container c, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Component k : c.getComponents()) {
            if (type.isInstance(k)) {
                out.add(type.cast(k));
            }
            if (k instanceof Container sub) {
                out.addAll(all(sub, type));
            }
        }
        return out;
    }

    /** Types into the n-th text field as a person would: the dialog hears of the change. */
    private static void type(Dialog d, int n, String text) throws Exception {
        TextField field = all(d, TextField.class).get(n);
        EventQueue.invokeAndWait(() -> {
            field.setText(text);
            Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(
                    new TextEvent(field, TextEvent.TEXT_VALUE_CHANGED));
        });
    }

    private static String awaitPreview(Dialog d, String start) throws InterruptedException {
        TextArea area = all(d, TextArea.class).get(0);
        for (int i = 0; i < 300; i++) {
            if (area.getText().startsWith(start)) {
                Thread.sleep(500);
                return area.getText();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the preview never began with " + start + ": " + area.getText());
    }

    /**
     * The text of the dialog's first multi-line message. GenericDialog shows
     * it in a MultiLineLabel, which keeps its lines in a field of its own.
     */
    private static String message(Dialog d) throws ReflectiveOperationException {
        for (ij.gui.MultiLineLabel l : all(d, ij.gui.MultiLineLabel.class)) {
            java.lang.reflect.Field f = ij.gui.MultiLineLabel.class.getDeclaredField("lines");
            f.setAccessible(true);
            return String.join("\n", (String[]) f.get(l));
        }
        return "(no message)";
    }

    private static void press(Dialog d, String label) throws Exception {
        for (Button b : all(d, Button.class)) {
            if (b.getLabel().strip().equals(label)) {
                EventQueue.invokeAndWait(() -> {
                    for (var l : b.getActionListeners()) {
                        l.actionPerformed(new ActionEvent(b, AWTEvent.RESERVED_ID_MAX + 1, label));
                    }
                });
                return;
            }
        }
        throw new IllegalStateException("no button " + label);
    }

    private static void shoot(Path png) throws Exception {
        Thread.sleep(700);
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(png.toString()));
    }
}
