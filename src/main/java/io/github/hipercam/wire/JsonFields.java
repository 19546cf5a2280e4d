package io.github.hipercam.wire;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the few flat JSON fields that the file-server protocols use, such as
 * {@code {"status": "OK"}}, {@code {"nframes": 12}} or
 * {@code {"action": "get_frame", "frame_number": 3}}. The messages are one
 * flat object of strings and integers, so a full JSON parser is not needed;
 * anything else is simply "field absent".
 */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * @param json a flat JSON object
     * @param key field name
     * @return the string value, unescaped for {@code \"} and {@code \\}, if present
     */
    public static Optional<String> string(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }

    /**
     * @param json a flat JSON object
     * @param key field name
     * @return the integer value if present and within the range of a long
     */
    public static OptionalLong integer(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(-?[0-9]{1,18})(?![0-9.eE])")
                .matcher(json);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /**
     * @param text any text
     * @return it as a JSON string literal, quotes included
     */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
