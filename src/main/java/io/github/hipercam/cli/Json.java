package io.github.hipercam.cli;

/** A minimal JSON writer with indentation, for the dump document. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;

    Json beginObject() {
        separator();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    Json endObject() {
        return close('}');
    }

    Json beginArray() {
        separator();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    Json endArray() {
        return close(']');
    }

    private Json close(char c) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(c);
        first = false;
        return this;
    }

    Json key(String k) {
        separator();
        string(k);
        out.append(": ");
        first = true;
        pendingKey = true;
        return this;
    }

    private boolean pendingKey;

    Json value(Object v) {
        separator();
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean b) {
            out.append(b);
        } else if (v instanceof Long || v instanceof Integer) {
            out.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            number(((Number) v).doubleValue());
        } else {
            string(v.toString());
        }
        first = false;
        return this;
    }

    private void number(double d) {
        if (Double.isNaN(d)) {
            string("NaN");
        } else if (Double.isInfinite(d)) {
            string(d > 0 ? "Infinity" : "-Infinity");
        } else {
            out.append(d);
        }
    }

    private void separator() {
        if (pendingKey) {
            pendingKey = false;
            return;
        }
        if (!first) {
            out.append(',');
        }
        if (depth > 0) {
            newline();
        }
    }

    private void newline() {
        out.append('\n');
        out.append(" ".repeat(depth));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** @return characters written so far, a position for {@link #patch} */
    int mark() {
        return out.length();
    }

    /**
     * Replaces what was written from {@code at} to {@code at + length} (a
     * value written earlier whose content is only known later).
     */
    void patch(int at, int length, String with) {
        out.replace(at, at + length, with);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
