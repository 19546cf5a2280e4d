package io.github.hipercam.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations that know XML: attribute values changed, attributes duplicated
 * or deleted, elements deleted or duplicated, entity tricks (external
 * entities, a billion laughs) and cuts.
 */
final class XmlMutations {

    static final String[] VALUES = {
        "0", "-1", "1", "2", "3", "4", "1000", "1024", "65535", "2147483647", "2147483648", "-2147483648",
        "99999999999", "1e308", "1.5", "NaN", "", " ", "x", "ULTRACAM", "ULTRASPEC", "&amp;", "&lt;",
        "Y".repeat(100_000),
    };

    /** Possessive quantifiers: no backtracking through long values. */
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*+)=\"([^\"]*+)\"");
    private static final Pattern ELEMENT = Pattern.compile(
            "<([A-Za-z_][-A-Za-z0-9_]*+)[^<>]*+/>|<([A-Za-z_][-A-Za-z0-9_]*+)[^<>]*+>[^<>]*+</\\2>");
    /** Documents larger than this get only cuts and byte mutations, which cost no parsing. */
    private static final int LARGE = 1 << 20;

    private XmlMutations() {
    }

    /**
     * @param b an XML document
     * @param r randomness
     * @return a mutated copy
     */
    static ByteMutations.Result any(byte[] b, SplittableRandom r) {
        if (b.length > LARGE) {
            return r.nextBoolean() ? ByteMutations.truncate(b, r.nextInt(b.length + 1))
                    : ByteMutations.any(b, 0, b.length, r);
        }
        String xml = new String(b, StandardCharsets.UTF_8);
        int pick = r.nextInt(20);
        if (pick < 8) {
            return changeAttribute(xml, r);
        }
        if (pick < 10) {
            return duplicateAttribute(xml, r);
        }
        if (pick < 12) {
            return deleteAttribute(xml, r);
        }
        if (pick < 15) {
            return element(xml, r);
        }
        if (pick == 15) {
            return entity(xml, r);
        }
        if (pick < 18) {
            return ByteMutations.truncate(b, r.nextInt(b.length + 1));
        }
        return ByteMutations.any(b, 0, b.length, r);
    }

    private static List<int[]> attributes(String xml) {
        List<int[]> out = new ArrayList<>();
        Matcher m = ATTR.matcher(xml);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end(), m.start(2), m.end(2)});
        }
        return out;
    }

    private static ByteMutations.Result changeAttribute(String xml, SplittableRandom r) {
        List<int[]> attrs = attributes(xml);
        if (attrs.isEmpty()) {
            return result(xml + "<", "'<' appended (no attributes)");
        }
        int[] a = attrs.get(r.nextInt(attrs.size()));
        String value = VALUES[r.nextInt(VALUES.length)];
        String shown = value.length() > 20 ? value.length() + " x '" + value.charAt(0) + "'" : "'" + value + "'";
        return result(xml.substring(0, a[2]) + value + xml.substring(a[3]),
                "attribute " + xml.substring(a[0], a[2] - 2) + " = " + shown + " (was '" + xml.substring(a[2], a[3])
                        + "' at " + a[0] + ")");
    }

    private static ByteMutations.Result duplicateAttribute(String xml, SplittableRandom r) {
        List<int[]> attrs = attributes(xml);
        if (attrs.isEmpty()) {
            return result(xml, "no attribute to duplicate");
        }
        int[] a = attrs.get(r.nextInt(attrs.size()));
        String attr = xml.substring(a[0], a[1]);
        String copy = r.nextBoolean() ? attr : attr.substring(0, a[2] - a[0]) + VALUES[r.nextInt(12)] + "\"";
        return result(xml.substring(0, a[1]) + " " + copy + xml.substring(a[1]),
                "attribute " + attr + " duplicated as " + copy);
    }

    private static ByteMutations.Result deleteAttribute(String xml, SplittableRandom r) {
        List<int[]> attrs = attributes(xml);
        if (attrs.isEmpty()) {
            return result(xml, "no attribute to delete");
        }
        int[] a = attrs.get(r.nextInt(attrs.size()));
        return result(xml.substring(0, a[0]) + xml.substring(a[1]),
                "attribute " + xml.substring(a[0], a[1]) + " deleted");
    }

    private static ByteMutations.Result element(String xml, SplittableRandom r) {
        List<int[]> els = new ArrayList<>();
        Matcher m = ELEMENT.matcher(xml);
        while (m.find()) {
            els.add(new int[] {m.start(), m.end()});
        }
        if (els.isEmpty()) {
            return result(xml, "no element");
        }
        int[] e = els.get(r.nextInt(els.size()));
        String el = xml.substring(e[0], e[1]);
        String name = el.length() > 60 ? el.substring(0, 60) + "..." : el;
        return switch (r.nextInt(3)) {
            case 0 -> result(xml.substring(0, e[0]) + xml.substring(e[1]), "element " + name + " deleted");
            case 1 -> result(xml.substring(0, e[1]) + el + xml.substring(e[1]), "element " + name + " duplicated");
            default -> {
                int n = el.length() > 1000 ? 20 : 2000;
                yield result(xml.substring(0, e[1]) + el.repeat(n) + xml.substring(e[1]),
                        "element " + name + " repeated " + n + " times");
            }
        };
    }

    private static ByteMutations.Result entity(String xml, SplittableRandom r) {
        int root = xml.indexOf("<datafile");
        root = root < 0 ? 0 : root;
        String doctype;
        String what;
        if (r.nextBoolean()) {
            doctype = "<!DOCTYPE datafile [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n";
            what = "external entity";
        } else {
            StringBuilder d = new StringBuilder("<!DOCTYPE datafile [<!ENTITY a0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                d.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
            }
            doctype = d.append("]>\n").toString();
            what = "billion laughs";
        }
        String body = xml.substring(root).replaceFirst("name=\"([^\"]*)\"", "name=\"&" + (what.startsWith("e") ? "x" : "a9") + ";\"");
        return result(xml.substring(0, root) + doctype + body, what + " in a DOCTYPE");
    }

    private static ByteMutations.Result result(String xml, String what) {
        return new ByteMutations.Result(xml.getBytes(StandardCharsets.UTF_8), what);
    }
}
