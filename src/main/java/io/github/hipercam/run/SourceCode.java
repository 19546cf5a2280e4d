package io.github.hipercam.run;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.format.Formats;
import io.github.hipercam.format.RunFormat;
import io.github.hipercam.source.ByteSourceProvider;
import io.github.hipercam.source.ByteSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A data source code resolved: {@code hf} (a list of {@code .hcm} files), or
 * a raw run's format and the byte source that delivers it.
 *
 * <ul>
 *   <li>{@code hl}, {@code hs}: {@code hipercam:file}, {@code hipercam:hipercam-server};</li>
 *   <li>{@code ul}, {@code us}: {@code ultracam:file}, {@code ultracam:ultracam-server};</li>
 *   <li>{@code FORMAT:local}, {@code FORMAT:server}: the first registered
 *       local or server byte source that delivers the format's layout;</li>
 *   <li>{@code FORMAT:PROVIDER}: that byte source by name, e.g. {@code hipercam:memory}.</li>
 * </ul>
 */
public sealed interface SourceCode permits SourceCode.FileList, SourceCode.Raw {

    /** The built-in source codes. */
    List<String> BUILT_IN = List.of("hl", "hs", "ul", "us", "hf");

    /**
     * The byte sources the built-in codes name. They are named, not looked
     * up as "the first local / server source of the layout", so that a
     * plugin delivering the same layout (a test's in-memory source, say) that
     * comes earlier on the class path cannot take over {@code hs} or {@code us}.
     */
    String LOCAL_FILES = "file";

    /** The HiPERCAM WebSocket server's byte source ({@code hs}). */
    String HIPERCAM_SERVER = "hipercam-server";

    /** The ULTRACAM ATC server's byte source ({@code us}). */
    String ULTRACAM_SERVER = "ultracam-server";

    /** The built-in byte sources, chosen first for {@code :local} and {@code :server} when they deliver a layout. */
    List<String> BUILT_IN_SOURCES = List.of(LOCAL_FILES, HIPERCAM_SERVER, ULTRACAM_SERVER);

    /** @return the code as given */
    String code();

    /** @return true if the source is a file server, which is always followed */
    boolean isServer();

    /**
     * {@code hf}: a list of {@code .hcm} files.
     *
     * @param code the code as given
     */
    record FileList(String code) implements SourceCode {
        @Override
        public boolean isServer() {
            return false;
        }
    }

    /**
     * A raw run.
     *
     * @param code the code as given
     * @param format the run's format
     * @param provider where its bytes come from
     */
    record Raw(String code, RunFormat<?> format, ByteSourceProvider provider) implements SourceCode {
        @Override
        public boolean isServer() {
            return !provider.local();
        }
    }

    /**
     * @param code a source code
     * @return it resolved
     * @throws InvalidArgumentException naming the valid choices
     */
    static SourceCode parse(String code) {
        if (code == null) {
            throw invalid("null", "is not a recognised data source");
        }
        return switch (code) {
            case "hf" -> new FileList(code);
            case "hl" -> raw(code, "hipercam", LOCAL_FILES);
            case "hs" -> raw(code, "hipercam", HIPERCAM_SERVER);
            case "ul" -> raw(code, "ultracam", LOCAL_FILES);
            case "us" -> raw(code, "ultracam", ULTRACAM_SERVER);
            default -> plugin(code);
        };
    }

    private static SourceCode plugin(String code) {
        int colon = code.indexOf(':');
        if (colon < 1 || colon == code.length() - 1) {
            throw invalid(code, "is not a recognised data source");
        }
        return raw(code, code.substring(0, colon), code.substring(colon + 1));
    }

    private static Raw raw(String code, String formatName, String access) {
        @SuppressWarnings("rawtypes")
        RunFormat format = Formats.all().get(formatName);
        if (format == null) {
            throw invalid(code, "names instrument '" + formatName + "', which is not registered");
        }
        return new Raw(code, format, provider(code, format, access));
    }

    private static ByteSourceProvider provider(String code, RunFormat<?> format, String access) {
        if (access.equals("local") || access.equals("server")) {
            List<ByteSourceProvider> found = ByteSources.delivering(format.layout(), access.equals("local"));
            if (found.isEmpty()) {
                throw invalid(code, "asks for " + (access.equals("local") ? "local files" : "a server")
                        + ", but no byte source of that kind delivers " + format.name() + " runs ("
                        + format.layout() + ")");
            }
            return found.stream().filter(p -> BUILT_IN_SOURCES.contains(p.name())).findFirst().orElse(found.get(0));
        }
        ByteSourceProvider p = ByteSources.all().get(access);
        if (p == null) {
            throw invalid(code, "names byte source '" + access + "', which is not registered; a source code"
                    + " ends in ':local', ':server' or a byte source's name");
        }
        if (!p.layouts().contains(format.layout())) {
            throw invalid(code, "names byte source '" + access + "', which does not deliver " + format.name()
                    + " runs (" + format.layout() + ")");
        }
        return p;
    }

    /**
     * @return every code {@link #parse} accepts now: the built-in codes, then
     *     {@code NAME:local} and {@code NAME:server} for each registered format
     *     that some byte source delivers
     */
    static List<String> validChoices() {
        List<String> out = new ArrayList<>(BUILT_IN);
        @SuppressWarnings("rawtypes")
        Map<String, RunFormat> formats = Formats.all();
        for (RunFormat<?> f : formats.values()) {
            for (boolean local : new boolean[] {true, false}) {
                if (!ByteSources.delivering(f.layout(), local).isEmpty()) {
                    out.add(f.name() + (local ? ":local" : ":server"));
                }
            }
        }
        return out;
    }

    /**
     * @param code the code as given
     * @param why what is wrong with it
     * @return the exception, naming the valid choices
     */
    static InvalidArgumentException invalid(String code, String why) {
        return new InvalidArgumentException("'" + code + "' " + why + "; valid choices are "
                + String.join(", ", validChoices()));
    }
}
