package io.github.hipercam.imagej.guard;

import ij.IJ;
import ij.gui.HTMLDialog;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;

/**
 * Shows a guard's text to the user: in a window that does not block
 * ImageJ (its links open in the browser), or, headless or without an ImageJ
 * window, in ImageJ's log (standard output when there is no Log window).
 */
final class Notice {

    private Notice() {
    }

    /**
     * @param title the window's title
     * @param text plain text, lines separated by {@code \n}
     */
    static void show(String title, String text) {
        if (GraphicsEnvironment.isHeadless() || IJ.getInstance() == null) {
            IJ.log(text);
            return;
        }
        try {
            new HTMLDialog(title, html(text), false);
        } catch (LinkageError e) {
            IJ.showMessage(title, text);   // an ImageJ 1.x older than its non-modal HTMLDialog
        }
    }

    /**
     * Shows why a command cannot run, and stops the macro that ran it, so
     * that its next lines do not run without the command's result.
     *
     * @param title the window's title
     * @param text plain text
     */
    static void refuse(String title, String text) {
        show(title, text);
        if (Interpreter.getInstance() != null) {
            Interpreter.abort();
        }
    }

    /**
     * @param text plain text
     * @return the text as HTML: special characters escaped, URLs linked, line breaks kept
     */
    static String html(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String linked = escaped.replaceAll("(https?://[^\\s)]+)", "<a href=\"$1\">$1</a>");
        return "<html><body><pre style=\"font-family: sans-serif\">" + linked + "</pre></body></html>";
    }
}
