package io.github.hipercam.imagej.macros;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.ExtensionDescriptor;
import ij.macro.Functions;
import ij.macro.Interpreter;
import ij.macro.MacroExtension;
import ij.plugin.PlugIn;
import io.github.hipercam.HipercamException;
import io.github.hipercam.imagej.views.CcdCanvas;
import io.github.hipercam.imagej.views.CcdRenderer;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.run.RunSession;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code run("HiPERCAM Macro Extensions")}: gives macros the {@code Ext.}
 * functions that step through a run.
 *
 * <pre>
 * run("HiPERCAM Macro Extensions");
 * Ext.openRun("hf", "/data/frames.lis", 1);
 * n = Ext.nextFrame("1");
 * while (n != "end" &amp;&amp; n != "none yet") {
 *     t = Ext.getMjd(n, "1", mjd);
 *     print("frame " + n + " MJD " + t + " mean " + getValue("Mean"));
 *     close();
 *     n = Ext.nextFrame("1");
 * }
 * Ext.close();
 * </pre>
 *
 * <p>For the server sources {@code hs} and {@code us},
 * {@code Ext.setServerUrl(url)} names the file server the runs opened after
 * it come from, as {@code server=} does for Open Run… and {@code --url} on
 * the command line; without it (or with {@code ""}) the address comes from
 * {@code HIPERCAM_DEFAULT_URL} or {@code ULTRACAM_DEFAULT_URL}.
 *
 * <p>One run is open for macros at a time: {@code Ext.openRun} and a new
 * registration close the run opened before. Errors (an unknown source, a
 * missing file, a CCD label that is not there) stop the macro with the
 * library's message.
 */
public final class HipercamMacroExtensions implements PlugIn, MacroExtension {

    private static final String TITLE = "HiPERCAM Macro Extensions";
    private static final int STR = ARG_STRING;
    private static final int NUM = ARG_NUMBER;
    private static final int NUM_OUT = ARG_NUMBER | ARG_OUTPUT;
    private static final int STR_OUT = ARG_STRING | ARG_OUTPUT;

    /** The registration whose run is open, so that a new one can close it. */
    private static final AtomicReference<HipercamMacroExtensions> CURRENT = new AtomicReference<>();

    private final ExtensionDescriptor[] functions = {
        ExtensionDescriptor.newDescriptor("openRun", this, STR, STR, NUM),
        ExtensionDescriptor.newDescriptor("followRun", this, STR, STR, NUM),
        ExtensionDescriptor.newDescriptor("setServerUrl", this, STR),
        ExtensionDescriptor.newDescriptor("getCcdPars", this),
        ExtensionDescriptor.newDescriptor("getFrameCount", this, NUM_OUT),
        ExtensionDescriptor.newDescriptor("nextFrame", this, STR),
        ExtensionDescriptor.newDescriptor("openFrame", this, NUM, STR),
        ExtensionDescriptor.newDescriptor("getMjd", this, NUM, STR, NUM_OUT),
        ExtensionDescriptor.newDescriptor("getHeaderValue", this, STR, STR_OUT),
        ExtensionDescriptor.newDescriptor("waitForFrame", this, NUM, NUM, NUM_OUT),
        ExtensionDescriptor.newDescriptor("close", this),
    };

    private final Map<String, CcdRenderer> renderers = new HashMap<>();
    private volatile RunSession session;
    /** The file server of runs opened from now on; null: the environment's. */
    private volatile String serverUrl;

    @Override
    public void run(String arg) {
        if (!IJ.macroRunning()) {
            IJ.error(TITLE, "These are functions for macros. Start a macro with\n"
                    + "run(\"" + TITLE + "\");\nthen call Ext.openRun(source, run, first).");
            return;
        }
        HipercamMacroExtensions before = CURRENT.getAndSet(this);
        if (before != null && before != this) {
            before.closeSession();
        }
        Functions.registerExtensions(this);
    }

    @Override
    public ExtensionDescriptor[] getExtensionFunctions() {
        return functions.clone();
    }

    @Override
    public String handleExtension(String name, Object[] args) {
        try {
            return dispatch(name, args == null ? new Object[0] : args);
        } catch (HipercamException e) {
            fail("Ext." + name + ": " + e.getMessage());
            return null;
        }
    }

    private String dispatch(String name, Object[] a) {
        switch (name) {
            case "openRun": return openRun((String) a[0], (String) a[1], number(a[2]), false);
            case "followRun": return openRun((String) a[0], (String) a[1], number(a[2]), true);
            case "setServerUrl": return setServerUrl((String) a[0]);
            case "getCcdPars": return MacroText.ccdPars(open().ccdPars());
            case "getFrameCount": return output(a[0], open().frameCount());
            case "nextFrame": return show(open().next((String) a[0]));
            case "openFrame": return show(open().frame(number(a[0]), (String) a[1]));
            case "getMjd": return mjd(a);
            case "getHeaderValue": return output(a[1], open().headerValue((String) a[0]));
            case "waitForFrame": return waitForFrame(a);
            case "close": return closeSession();
            default: throw new HipercamException("no such function; the functions are "
                    + List.of("openRun", "followRun", "setServerUrl", "getCcdPars", "getFrameCount", "nextFrame",
                            "openFrame", "getMjd", "getHeaderValue", "waitForFrame", "close"));
        }
    }

    /** Sets the output number and also returns the time as text with every digit (d2s stops at 9). */
    private String mjd(Object[] a) {
        double mjd = open().mjd(number(a[0]), (String) a[1]);
        output(a[2], mjd);
        return Double.toString(mjd);
    }

    /**
     * Waits as hang_about does, showing its status lines; stops waiting at
     * once when the macro is aborted (Esc), which ImageJ signals only by
     * marking the interpreter done.
     */
    private String waitForFrame(Object[] a) {
        RunSession s = open();
        Interpreter interp = Interpreter.getInstance();
        boolean ok = s.waitFor(number(a[0]), (Double) a[1], line -> {
            IJ.showStatus("HiPERCAM: " + line);
            if (interp != null && interp.done()) {
                s.cancelWait();
            }
        });
        return output(a[2], ok ? 1 : 0);
    }

    private String openRun(String source, String resource, int first, boolean follow) {
        closeSession();
        SpoolOptions options = SpoolOptions.defaults().withFollow(follow);
        String url = serverUrl;
        session = RunSession.open(source, resource, first, url == null ? options : options.withServerUrl(url));
        CURRENT.set(this);
        return null;
    }

    /** The server of the runs opened after this; blank: the environment's again. */
    private String setServerUrl(String url) {
        serverUrl = url == null || url.isBlank() ? null : url.strip();
        return null;
    }

    private RunSession open() {
        RunSession s = session;
        if (s == null || s.isClosed()) {
            throw new HipercamException("no run is open; call Ext.openRun(source, run, first) first");
        }
        return s;
    }

    /** Shows a CCD of a frame as a new image, or says why there is none. */
    private String show(Poll<Ccd> p) {
        if (p instanceof Poll.Ready<Ccd> r) {
            ImagePlus imp = render(r.frame(), r.number());
            imp.show();
            return Integer.toString(r.number());
        }
        return p instanceof Poll.End<Ccd> ? MacroText.END : MacroText.NONE_YET;
    }

    private ImagePlus render(Ccd ccd, int number) {
        RunSession s = open();
        String label = s.currentCcd();
        CcdRenderer renderer = renderers.computeIfAbsent(label,
                k -> new CcdRenderer(CcdCanvas.of(s.ccdPars(label), ccd), CcdRenderer.Options.defaults()));
        ImagePlus imp = renderer.toImage(runTitle(s) + " CCD " + label + " frame " + number, ccd, number);
        // a single image keeps its label here, where getInfo("slice.label") looks
        String slice = renderer.label(ccd, number);
        imp.setProp("Slice_Label", slice);
        // the frame's FITS block goes in Info too: a single image's header is read from there
        String info = MacroText.info("frame " + number + " of " + s.name() + ", CCD " + label,
                List.of(ccd.head(), s.frameHeader()));
        imp.setProperty("Info", (info.endsWith("\n") ? info : info + "\n") + slice + "\n");
        return imp;
    }

    private static String runTitle(RunSession s) {
        Path p = Path.of(s.resource()).getFileName();
        return p == null ? s.resource() : p.toString();
    }

    private String closeSession() {
        RunSession s = session;
        session = null;
        renderers.clear();
        if (s != null) {
            s.close();
        }
        return null;
    }

    private static int number(Object o) {
        double d = (Double) o;
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new HipercamException("expected a whole number, got " + d);
        }
        return (int) d;
    }

    private static String output(Object slot, Object value) {
        if (slot instanceof Double[] d) {
            d[0] = ((Number) value).doubleValue();
        } else if (slot instanceof String[] s) {
            s[0] = String.valueOf(value);
        }
        return null;
    }

    private static void fail(String message) {
        Interpreter interp = Interpreter.getInstance();
        if (interp != null) {
            interp.abort(message);
        } else {
            IJ.log(message);
        }
    }
}
