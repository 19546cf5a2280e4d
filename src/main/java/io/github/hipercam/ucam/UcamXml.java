package io.github.hipercam.ucam;

import io.github.hipercam.FormatException;
import io.github.hipercam.MissingKeywordException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The facts an ULTRACAM or ULTRASPEC run's XML file holds, read once and
 * safely: the frame size, the timing header words, the instrument name, the
 * SDSU application, the detector parameters and the user block.
 *
 * <p>The document is parsed with DTDs refused outright and external entities,
 * external schemas and XInclude disabled, so a file that declares a
 * {@code DOCTYPE} (the door to XXE and "billion laughs") is an error and
 * nothing else is read.
 *
 * @param where the file or URL, for messages
 * @param framesize bytes per frame
 * @param headerwords 2-byte timing words at the start of each frame
 * @param instrument instrument name, upper case ("ULTRACAM", "ULTRASPEC", ...)
 * @param application name of the "SDSU Exec" application
 * @param params detector parameters, name to value, in document order
 * @param user user block, tag to text, or null when the file has none (or
 *     one the reference could not read)
 */
public record UcamXml(String where, int framesize, int headerwords, String instrument,
        String application, Map<String, String> params, Map<String, String> user) {

    /** An integer as Python's {@code int()} accepts it (ASCII digits). */
    private static final Pattern PY_INT = Pattern.compile("[+-]?[0-9](_?[0-9])*");

    /**
     * A finite decimal number as Python's {@code float()} accepts it; unlike
     * Java's parser, no hexadecimal form and no {@code d}/{@code f} suffix.
     * Non-finite values ({@code nan}, {@code inf}) are refused: no exposure
     * time can be one.
     */
    private static final Pattern PY_DECIMAL = Pattern.compile(
            "[+-]?([0-9](_?[0-9])*(\\.([0-9](_?[0-9])*)?)?|\\.[0-9](_?[0-9])*)([eE][+-]?[0-9](_?[0-9])*)?");

    /** Copies the maps. */
    public UcamXml {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        user = user == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(user));
    }

    /**
     * Parses a run's XML.
     *
     * @param where the file or URL, for messages
     * @param xml the document's bytes
     * @return the facts
     * @throws FormatException if the document is not well-formed, declares a
     *     DTD, or lacks an item
     */
    public static UcamXml parse(String where, byte[] xml) {
        Document doc = SecureXml.parse(where, xml);
        Element data = first(doc.getDocumentElement(), "data_status", where);
        int framesize = intAttr(data, "framesize", where);
        int headerwords = intAttr(first(data, "header_status", where), "headerwords", where);
        if (headerwords < 0 || framesize < 1) {
            throw new FormatException(where + ": framesize = " + framesize + " and headerwords = "
                    + headerwords + " must be positive");
        }
        Element inst = first(doc.getDocumentElement(), "instrument_status", where);
        String name = text(first(inst, "name", where), where).toUpperCase(Locale.ROOT);
        return new UcamXml(where, framesize, headerwords, name, application(inst, where),
                parameters(inst), user(doc));
    }

    /**
     * @param name parameter name
     * @return true if the parameter is present
     */
    public boolean has(String name) {
        return params.containsKey(name);
    }

    /**
     * A parameter read as Python's {@code int()} reads it.
     *
     * @param name parameter name
     * @return its value
     * @throws MissingKeywordException if it is absent
     * @throws FormatException if it is not an integer
     */
    public int param(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new MissingKeywordException(where, "parameter " + name);
        }
        return parseInt(v, "parameter " + name);
    }

    /**
     * @param name parameter name
     * @param fallback value when it is absent
     * @return its value
     */
    public int param(String name, int fallback) {
        return has(name) ? param(name) : fallback;
    }

    /**
     * A parameter read as Python's {@code float()} reads it.
     *
     * @param name parameter name
     * @return its value
     */
    public double paramDouble(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new MissingKeywordException(where, "parameter " + name);
        }
        String t = v.strip();
        if (!PY_DECIMAL.matcher(t).matches()) {
            throw new FormatException(where + ": parameter " + name + " = '" + v + "' is not a decimal number");
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /**
     * A parameter that the reference packs as a 4-byte unsigned integer
     * (Python's {@code struct.pack("I", int(value))}).
     *
     * @param name parameter name
     * @return its value, 0 to 2^32 - 1
     * @throws FormatException if it is not an integer in that range
     */
    public long paramUnsigned32(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new MissingKeywordException(where, "parameter " + name);
        }
        long n;
        try {
            n = Long.parseLong(pythonIntText(v, "parameter " + name, "an unsigned 32-bit integer"));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > 0xFFFFFFFFL) {
            throw new FormatException(where + ": parameter " + name + " = '" + v
                    + "' is not an unsigned 32-bit integer (0 to 4294967295)");
        }
        return n;
    }

    /**
     * The digits of an integer as Python's {@code int()} reads text:
     * surrounding blanks, a sign, and single underscores between digits.
     */
    private String pythonIntText(String text, String item, String what) {
        String t = text.strip();
        if (!PY_INT.matcher(t).matches()) {
            throw new FormatException(where + ": " + item + " = '" + text + "' is not " + what);
        }
        return t.replace("_", "");
    }

    /**
     * @param text a number as written in the file
     * @param item what it is, for the message
     * @return the integer
     */
    int parseInt(String text, String item) {
        String digits = pythonIntText(text, item, "an integer in the range of a 32-bit int");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new FormatException(where + ": " + item + " = '" + text
                    + "' is not an integer in the range of a 32-bit int", e);
        }
    }


    private static Element first(Element parent, String tag, String where) {
        NodeList nodes = parent.getElementsByTagName(tag);
        if (nodes.getLength() == 0) {
            throw new FormatException(where + ": element <" + tag + "> is missing");
        }
        return (Element) nodes.item(0);
    }

    private static int intAttr(Element e, String attr, String where) {
        String v = e.getAttribute(attr);
        if (v.isEmpty()) {
            throw new FormatException(where + ": attribute " + attr + " of <" + e.getTagName()
                    + "> is missing");
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            throw new FormatException(where + ": " + attr + " = '" + v + "' is not an integer", ex);
        }
    }

    private static String text(Element e, String where) {
        Node child = e.getFirstChild();
        if (!(child instanceof CharacterData cd)) {
            throw new FormatException(where + ": element <" + e.getTagName() + "> has no text");
        }
        return cd.getData();
    }

    private static String application(Element inst, String where) {
        NodeList nodes = inst.getElementsByTagName("application_status");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if ("SDSU Exec".equals(e.getAttribute("id"))) {
                return e.getAttribute("name");
            }
        }
        throw new FormatException(where + ": no <application_status id=\"SDSU Exec\"> element");
    }

    private static Map<String, String> parameters(Element inst) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList nodes = inst.getElementsByTagName("parameter_status");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            out.put(e.getAttribute("name"), e.getAttribute("value"));
        }
        return out;
    }

    /**
     * The user block as the reference reads it: each child element that has
     * content gives tag to the text of its first child. If a first child is
     * not text the reference's reader fails and treats the whole block as
     * absent; so does this one.
     */
    private static Map<String, String> user(Document doc) {
        NodeList nodes = doc.getElementsByTagName("user");
        if (nodes.getLength() == 0) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Node n = nodes.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.hasChildNodes()) {
                if (!(e.getFirstChild() instanceof CharacterData cd)) {
                    return null;
                }
                out.put(e.getTagName(), cd.getData());
            }
        }
        return out;
    }
}
