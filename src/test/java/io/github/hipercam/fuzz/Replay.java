package io.github.hipercam.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Saved inputs: one folder per input, {@code FORMAT/NAME/}, holding the
 * input's files and {@value #ABOUT}, which says how it was made and what it
 * did when it was found.
 */
final class Replay {

    /** The description file of a saved input. */
    static final String ABOUT = "about.txt";

    private Replay() {
    }

    /**
     * @param dir a saved input's folder
     * @return the input
     */
    static FuzzInput load(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String about = "";
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals(ABOUT)) {
                    about = Files.readString(p);
                } else {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FuzzInput(dir.getFileName().toString(), about, files);
    }

    /**
     * @param root folder of formats
     * @param format a format name
     * @return the saved inputs' folders, sorted (none if the format has none)
     */
    static List<Path> saved(Path root, String format) {
        Path d = root.resolve(format);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return new ArrayList<>(s.filter(Files::isDirectory).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
