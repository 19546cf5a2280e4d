package io.github.hipercam.imagej.commands;

import io.github.hipercam.InvalidArgumentException;
import ij.Macro;
import ij.gui.GenericDialog;
import java.awt.BorderLayout;
import java.awt.Choice;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Panel;
import java.awt.TextArea;
import java.awt.TextField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A command's parameters, asked for in a {@link GenericDialog} (which ImageJ
 * fills from macro options and records), or, where no dialog can be made (a
 * headless ImageJ running a macro), read straight from the macro options by
 * the same keys: the first word of each label, in lower case, as ImageJ
 * does. So {@code run("Open Run...", "source=hl run=[...] ccd=3")} works in
 * both.
 */
abstract class Fields {

    /**
     * @param title dialog title
     * @return fields for this context
     * @throws InvalidArgumentException if headless without macro options
     */
    static Fields create(String title) {
        String options = Macro.getOptions();
        if (GraphicsEnvironment.isHeadless()) {
            if (options == null) {
                throw new InvalidArgumentException(title + ": running headless, the command needs its"
                        + " parameters as macro options, e.g. run(\"" + title + "\", \"...\")");
            }
            return new FromOptions(options);
        }
        return new FromDialog(new GenericDialog(title));
    }

    abstract void choice(String label, String[] items, String dflt);

    abstract void string(String label, String dflt, int columns);

    abstract void file(String label, String dflt);

    abstract void directory(String label, String dflt);

    abstract void number(String label, double dflt, int digits);

    abstract void checkbox(String label, boolean dflt);

    abstract void message(String text);

    /**
     * A read-only text area that shows, while the dialog is open, what
     * {@code update} says of its current values (the choices, then the text
     * fields, in the order added). {@code update} runs off the event thread,
     * once per change, and only its newest answer is shown. Nothing is shown
     * or run where there is no dialog (a macro).
     *
     * @param initial text shown first
     * @param rows height in lines
     * @param update current values to text
     */
    abstract void preview(String initial, int rows, Function<List<String>, String> update);

    /** @return false if the user cancelled */
    abstract boolean show();

    /** @return true if a person will see the dialog (not a macro's options) */
    abstract boolean interactive();

    abstract String nextChoice();

    abstract String nextString();

    abstract double nextNumber();

    abstract boolean nextBoolean();

    /** The ImageJ dialog: macro options and the recorder work as for any command. */
    static final class FromDialog extends Fields {
        private final GenericDialog gd;

        FromDialog(GenericDialog gd) {
            this.gd = gd;
        }

        @Override
        void choice(String label, String[] items, String dflt) {
            gd.addChoice(label, items, dflt);
        }

        @Override
        void string(String label, String dflt, int columns) {
            gd.addStringField(label, dflt, columns);
        }

        @Override
        void file(String label, String dflt) {
            gd.addFileField(label, dflt);
        }

        @Override
        void directory(String label, String dflt) {
            gd.addDirectoryField(label, dflt);
        }

        @Override
        void number(String label, double dflt, int digits) {
            gd.addNumericField(label, dflt, digits);
        }

        @Override
        void checkbox(String label, boolean dflt) {
            gd.addCheckbox(label, dflt);
        }

        @Override
        void message(String text) {
            gd.addMessage(text);
        }

        @Override
        void preview(String initial, int rows, Function<List<String>, String> update) {
            TextArea area = new TextArea(initial, rows, 72, TextArea.SCROLLBARS_VERTICAL_ONLY);
            area.setEditable(false);
            Panel panel = new Panel(new BorderLayout());
            panel.add(area, BorderLayout.CENTER);
            gd.addPanel(panel);
            AtomicInteger newest = new AtomicInteger();
            gd.addDialogListener((dialog, e) -> {
                if (e != null) {
                    List<String> values = values();
                    int mine = newest.incrementAndGet();
                    Thread t = new Thread(() -> {
                        String text;
                        try {
                            text = update.apply(values);
                        } catch (RuntimeException ex) {
                            text = String.valueOf(ex.getMessage());
                        }
                        String shown = text;
                        EventQueue.invokeLater(() -> {
                            if (newest.get() == mine) {
                                area.setText(shown);
                            }
                        });
                    }, "HiPERCAM dialog preview");
                    t.setDaemon(true);
                    t.start();
                }
                return true;
            });
        }

        /** The choices' selections, then the text fields' texts, as they stand. */
        private List<String> values() {
            List<String> out = new ArrayList<>();
            if (gd.getChoices() != null) {
                for (Object c : gd.getChoices()) {
                    out.add(((Choice) c).getSelectedItem());
                }
            }
            if (gd.getStringFields() != null) {
                for (Object t : gd.getStringFields()) {
                    out.add(((TextField) t).getText());
                }
            }
            return out;
        }

        @Override
        boolean show() {
            gd.showDialog();
            return !gd.wasCanceled();
        }

        @Override
        boolean interactive() {
            return Macro.getOptions() == null;
        }

        @Override
        String nextChoice() {
            return gd.getNextChoice();
        }

        @Override
        String nextString() {
            return gd.getNextString();
        }

        @Override
        double nextNumber() {
            double v = gd.getNextNumber();
            if (gd.invalidNumber()) {
                throw new InvalidArgumentException("a number field holds text that is not a number: "
                        + gd.getErrorMessage());
            }
            return v;
        }

        @Override
        boolean nextBoolean() {
            return gd.getNextBoolean();
        }
    }

    /** Macro options read directly, in the order the fields were added. */
    static final class FromOptions extends Fields {
        private final String options;
        private final Deque<String[]> fields = new ArrayDeque<>();

        FromOptions(String options) {
            this.options = " " + options.strip() + " ";
        }

        private void add(String kind, String label, String dflt) {
            fields.add(new String[] {kind, Macro.trimKey(label), dflt});
        }

        @Override
        void choice(String label, String[] items, String dflt) {
            add("text", label, dflt);
        }

        @Override
        void string(String label, String dflt, int columns) {
            add("text", label, dflt);
        }

        @Override
        void file(String label, String dflt) {
            add("text", label, dflt);
        }

        @Override
        void directory(String label, String dflt) {
            add("text", label, dflt);
        }

        @Override
        void number(String label, double dflt, int digits) {
            add("text", label, Double.toString(dflt));
        }

        @Override
        void checkbox(String label, boolean dflt) {
            add("flag", label, "");
        }

        @Override
        void message(String text) {
            // nothing to read
        }

        @Override
        void preview(String initial, int rows, Function<List<String>, String> update) {
            // no dialog: nothing to show
        }

        @Override
        boolean show() {
            return true;
        }

        @Override
        boolean interactive() {
            return false;
        }

        private String[] next() {
            String[] f = fields.poll();
            if (f == null) {
                throw new IllegalStateException("more values read than fields added");
            }
            return f;
        }

        @Override
        String nextChoice() {
            return nextString();
        }

        @Override
        String nextString() {
            String[] f = next();
            return Macro.getValue(options, f[1], f[2]);
        }

        @Override
        double nextNumber() {
            String[] f = next();
            String v = Macro.getValue(options, f[1], f[2]);
            try {
                return Double.parseDouble(v.strip());
            } catch (NumberFormatException e) {
                throw new InvalidArgumentException("macro option " + f[1] + "=" + v + " is not a number");
            }
        }

        @Override
        boolean nextBoolean() {
            String[] f = next();
            return options.contains(" " + f[1] + " ");
        }
    }
}
