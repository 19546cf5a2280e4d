package io.github.hipercam.imagej.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ij.Prefs;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.imagej.MacroThread;
import io.github.hipercam.synth.SynthHcm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, Export Frames…: a missing folder is created only when asked, the
 * last folder is remembered, and file names have the digits {@code grab}
 * gives them.
 */
class ExportFramesTest {

    /** The ImageJ preference Export Frames keeps its folder in. */
    private static final String FOLDER_PREF = "hipercam.export.folder";

    @TempDir
    Path dir;
    private String open;

    @BeforeEach
    void writeRun() throws Exception {
        SynthHcm.writeList(dir.resolve("hcm"), 2, 3, false);
        open = "source=hf run=[" + dir.resolve("hcm/frames.lis") + "] ccd=1 first=1 last=0";
    }

    private void export(String options) throws Exception {
        MacroThread.run(() -> {
            MacroThread.command(new OpenRunCommand(), open);
            MacroThread.command(new ExportFramesCommand(), options);
        });
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFolderIsCreatedOnlyWhenAsked() throws Exception {
        Path typo = dir.resolve("a/b/c/d/e");
        export("folder=[" + typo + "] root=g digits=3 first=2 last=3");
        assertFalse(Files.exists(dir.resolve("a")), "a mistyped folder is not created, however deep");
        export("folder=[" + typo + "] root=g digits=3 first=2 last=3 create");
        assertEquals(List.of("g_002.hcm", "g_003.hcm"), names(typo));
        assertEquals(SynthHcm.pixel(1, 1, 3, 0, 0),
                (float) Hcm.readMccd(typo.resolve("g_003.hcm")).ccd("1").window("E1").get(0, 0));
    }

    @Test
    void theLastFolderIsOfferedNextTime() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Prefs.set(FOLDER_PREF, dir.resolve("elsewhere").toString());
        export("folder=[" + first + "] root=g digits=3 first=1 last=1");
        assertEquals(first.toAbsolutePath().toString(), Prefs.get(FOLDER_PREF, null), "kept in ImageJ's preferences");
        export("root=h digits=3 first=2 last=2");
        assertEquals(List.of("g_001.hcm", "h_002.hcm"), names(first), "no folder given: the last one");
    }

    @Test
    void digitsDefaultToGrabs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        export("folder=[" + out + "] root=run0012 first=2 last=3");
        assertEquals(List.of("run0012_002.hcm", "run0012_003.hcm"), names(out),
                "3 digits, as grab and the reference's grab");
    }
}
