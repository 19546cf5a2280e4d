package io.github.hipercam.fuzz;

import io.github.hipercam.HipercamException;

/**
 * How one input ended, with a signature that groups findings of one cause:
 * the throwable's class and the first frame of this project's code it
 * passed through (no line numbers, so that small edits keep signatures).
 *
 * @param kind how it ended
 * @param signature cause, e.g. {@code NullPointerException @ HcmReader.ccdLabel}
 * @param detail message and top frame, one line
 */
record Outcome(Kind kind, String signature, String detail) {

    /** The ways an input can end. */
    enum Kind {
        /** read normally */
        OK,
        /** refused with a HipercamException: what bad input must give */
        DOMAIN,
        /** any other throwable, or a server answering with an internal error or a path */
        NON_DOMAIN,
        /** an OutOfMemoryError anywhere in the cause chain */
        OOM,
        /** still running after the time limit */
        HANG
    }

    private static final String OURS = "io.github.hipercam.";
    private static final String HARNESS = "io.github.hipercam.fuzz.";

    static final Outcome OK = new Outcome(Kind.OK, "", "");

    /**
     * @param t what the entry point threw
     * @return its classification
     */
    static Outcome of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return new Outcome(Kind.OOM, signature(c), detail(c));
            }
        }
        if (t instanceof HipercamException) {
            return new Outcome(Kind.DOMAIN, t.getClass().getSimpleName(), detail(t));
        }
        if (t instanceof ServerFault f) {
            return new Outcome(f.kind(), f.signature(), f.getMessage());
        }
        return new Outcome(Kind.NON_DOMAIN, signature(t), detail(t));
    }

    /**
     * @param seconds the limit passed
     * @param where the worker's stack when it was given up
     * @return a hang
     */
    static Outcome hang(double seconds, StackTraceElement[] where) {
        Throwable t = new Throwable("still running after " + seconds + " s");
        t.setStackTrace(where);
        return new Outcome(Kind.HANG, "hang" + at(t), detail(t));
    }

    private static String signature(Throwable t) {
        return t.getClass().getSimpleName() + at(t);
    }

    private static String at(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        String ours = null;
        for (StackTraceElement e : st) {
            if (e.getClassName().startsWith(OURS) && !e.getClassName().startsWith(HARNESS)) {
                ours = shortName(e);
                break;
            }
        }
        String top = st.length > 0 ? shortName(st[0]) : "?";
        if (ours == null) {
            return " @ " + top;
        }
        return ours.equals(top) ? " @ " + ours : " @ " + ours + " via " + top;
    }

    private static String shortName(StackTraceElement e) {
        String c = e.getClassName();
        c = c.substring(c.lastIndexOf('.') + 1);
        int dollar = c.indexOf('$');
        return (dollar > 0 ? c.substring(0, dollar) : c) + "." + e.getMethodName();
    }

    private static String detail(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        String msg = t.getClass().getName() + ": " + t.getMessage() + (st.length > 0 ? " at " + st[0] : "");
        msg = msg.replaceAll("[\\r\\n\\t]+", " ");
        return msg.length() > 300 ? msg.substring(0, 300) + "..." : msg;
    }

    /** @return one line: kind, tab, signature, tab, detail */
    String line() {
        return kind + "\t" + signature + "\t" + detail;
    }

    /**
     * @param line as {@link #line()} wrote it
     * @return the outcome
     */
    static Outcome parse(String line) {
        String[] p = line.split("\t", 3);
        return new Outcome(Kind.valueOf(p[0]), p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : "");
    }
}
