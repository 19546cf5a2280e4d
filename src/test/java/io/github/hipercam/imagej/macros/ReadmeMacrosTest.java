package io.github.hipercam.imagej.macros;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.imagej.HeadlessImageJ;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every macro snippet of README.md, the fenced blocks marked {@code ijm},
 * run as written in a headless ImageJ from the project's folder (so
 * {@code testdata/...} resolves): a snippet that no longer runs to its end,
 * or makes ImageJ report a macro error, fails here. The blocks are read from
 * the README each time, so a changed snippet is the one tested.
 */
class ReadmeMacrosTest {

    private static final Pattern IJM = Pattern.compile("(?m)^```ijm\\n(.*?)^```", Pattern.DOTALL);
    private static HeadlessImageJ ij;

    @BeforeAll
    static void startImageJ() {
        ij = HeadlessImageJ.start();
    }

    /** @return the README's ijm blocks */
    static List<String> snippets() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher m = IJM.matcher(readme);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyMacroSnippetOfTheReadmeRuns() throws Exception {
        List<String> snippets = snippets();
        assertTrue(snippets.size() >= 4, "README.md has its macro snippets marked ```ijm: " + snippets.size());
        return snippets.stream().map(code -> DynamicTest.dynamicTest(code.lines().findFirst().orElse(""),
                () -> runs(code)));
    }

    private static void runs(String code) throws Exception {
        Path done = Files.createTempFile("readme-snippet", ".txt");
        Files.delete(done);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            ij.runMacro("setBatchMode(true);\nclose(\"*\");\n" + code
                    + "\nFile.saveString(\"ran\", " + HeadlessImageJ.quote(done) + ");\n", "");
        } finally {
            System.setOut(saved);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        saved.print(printed);
        assertFalse(printed.contains("Macro Error"), "ImageJ reported an error:\n" + printed);
        assertTrue(Files.exists(done), "the snippet did not run to its end:\n" + code + "\nImageJ said:\n" + printed);
        Files.deleteIfExists(done);
    }
}
