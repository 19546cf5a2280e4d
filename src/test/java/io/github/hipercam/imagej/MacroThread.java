package io.github.hipercam.imagej;

import ij.Macro;
import ij.plugin.PlugIn;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs test code on a thread named as ImageJ names the threads of commands
 * run from macros ("Run$_..."), so {@code Macro.getOptions()} sees the
 * options given, and headless images shown by a command are that thread's
 * current image.
 */
public final class MacroThread {

    /** Code to run on the macro thread. */
    public interface Body {
    public     void run() throws Exception;
    }

    private MacroThread() {
    }

    /**
     * Runs a command with macro options; call only from inside {@link #run(Body)}.
     *
     * @param command the command
     * @param options its macro options
     */
    public static void command(PlugIn command, String options) {
        Macro.setOptions(Thread.currentThread(), options);
        try {
            command.run("");
        } finally {
            Macro.setOptions(Thread.currentThread(), null);
        }
    }

    /**
     * @param body code to run
     * @throws Exception whatever the body threw, assertion failures included
     */
    public static void run(Body body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "Run$_test");
        t.start();
        t.join();
        Throwable e = failure.get();
        if (e instanceof Exception ex) {
            throw ex;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
