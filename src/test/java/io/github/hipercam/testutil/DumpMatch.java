package io.github.hipercam.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two dump documents with the rules of {@code shared/tools/compare_dump.py}:
 * format, source and resource are ignored; keys, order, lengths, strings,
 * booleans and integers must be equal; MJDUTC and MJDFRAC may differ by 1e-11,
 * EXPTIME by 1e-9, every other number must be the same double; error texts
 * are not compared.
 */
public final class DumpMatch {

    private static final Set<String> IGNORED = Set.of("format", "source", "resource");

    private DumpMatch() {
    }

    /**
     * @param expected expected document file
     * @param actualJson actual document text
     * @return the differences, empty when they match
     * @throws IOException if the expected file cannot be read
     */
    public static List<String> differences(Path expected, String actualJson) throws IOException {
        Object a = MiniJson.parse(Files.readString(expected));
        Object b = MiniJson.parse(actualJson);
        List<String> out = new ArrayList<>();
        compare(a, b, "$", null, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void compare(Object a, Object b, String path, String key, List<String> out) {
        if (a instanceof Map && b instanceof Map) {
            Map<String, Object> ma = (Map<String, Object>) a;
            Map<String, Object> mb = (Map<String, Object>) b;
            List<String> ka = ma.keySet().stream().filter(k -> !IGNORED.contains(k)).toList();
            List<String> kb = mb.keySet().stream().filter(k -> !IGNORED.contains(k)).toList();
            if (!ka.equals(kb)) {
                out.add(path + ": keys " + ka + " != " + kb);
            }
            for (String k : ka) {
                if (mb.containsKey(k) && !k.equals("error")) {
                    compare(ma.get(k), mb.get(k), path + "." + k, k, out);
                }
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                out.add(path + ": length " + la.size() + " != " + lb.size());
            }
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                compare(la.get(i), lb.get(i), path + "[" + i + "]", key, out);
            }
        } else if (isNumber(a) && isNumber(b)) {
            compareNumbers((Number) a, (Number) b, path, key, out);
        } else if (a == null ? b != null : !a.equals(b)) {
            out.add(path + ": " + a + " != " + b);
        }
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double;
    }

    private static void compareNumbers(Number a, Number b, String path, String key, List<String> out) {
        boolean same;
        if (a instanceof Long && b instanceof Long) {
            same = a.longValue() == b.longValue();
        } else {
            same = Math.abs(a.doubleValue() - b.doubleValue()) <= tolerance(key);
        }
        if (!same) {
            out.add(path + ": " + a + " != " + b + " (tolerance " + tolerance(key) + ")");
        }
    }

    private static double tolerance(String key) {
        if ("MJDUTC".equals(key) || "MJDFRAC".equals(key)) {
            return 1e-11;
        }
        return "EXPTIME".equals(key) ? 1e-9 : 0.0;
    }
}
