package io.github.hipercam.imagej.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.plugin.PlugIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** plugins.config: ImageJ 1.x format, unique labels, every class a PlugIn, the commands of the issues present. */
class PluginsConfigTest {

    private static final Pattern LINE = Pattern.compile("^([^,]+),\\s*\"([^\"]+)\",\\s*([\\w.]+)(\\(\"[^\"]*\"\\))?$");

    @Test
    void everyLineIsAMenuLabelAndPlugInClassWithUniqueLabels() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("plugins.config"), StandardCharsets.UTF_8);
        Set<String> labels = new HashSet<>();
        int commands = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), "not ImageJ 1.x plugins.config format: " + line);
            assertTrue(List.of("Plugins>HiPERCAM", "File>Import", "Help>About Plugins").contains(m.group(1)), line);
            assertTrue(labels.add(m.group(2)), "label used twice: " + m.group(2));
            Class<?> c = Class.forName(m.group(3));
            assertTrue(PlugIn.class.isAssignableFrom(c), c + " is not a PlugIn");
            commands++;
        }
        for (String label : List.of("Open Run...", "Open .hcm...", "Follow Run (live)...", "Show Frame Header",
                "Frame Times", "Export Frames...", "HiPERCAM Run...", "HiPERCAM .hcm...", "About HiPERCAM...",
                "HiPERCAM...")) {
            assertTrue(labels.contains(label), "missing " + label);
        }
        assertEquals(labels.size(), commands);
    }
}
