package io.github.hipercam.run;

import io.github.hipercam.SourceAccessException;
import io.github.hipercam.WrongFileKindException;
import io.github.hipercam.hcm.Hcm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a list names, one per line: blank lines and lines starting with
 * {@code #} are skipped, and names without an extension get {@code .hcm}. A
 * relative name is looked up in the working directory and, failing that,
 * beside the list file, so that a list works wherever ImageJ was started.
 *
 * @param name the list's name, for messages
 * @param baseDir where relative names are also looked up, or null
 * @param entries the names, with their line numbers
 */
record FileList(String name, Path baseDir, List<FileList.Entry> entries) {

    /**
     * One name of a list.
     *
     * @param name the name as listed
     * @param line its line in the list, 1-based
     */
    record Entry(String name, int line) {
    }

    FileList {
        entries = List.copyOf(entries);
    }

    /**
     * @param list a list file
     * @return its entries
     * @throws WrongFileKindException if it is a folder, FITS, or not UTF-8 text
     * @throws SourceAccessException if it cannot be read
     */
    static FileList read(Path list) {
        List<String> lines;
        try {
            WrongKind.checkList(list, Files.isDirectory(list) ? new byte[0] : start(list));
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new WrongFileKindException(list, list + " is not UTF-8 text, so not a list of .hcm files"
                    + " (source hf): a list names one .hcm file a line", e);
        } catch (IOException e) {
            throw new SourceAccessException(list + ": cannot read the file list: " + e.getMessage(), e);
        }
        Path parent = list.toAbsolutePath().getParent();
        return new FileList(list.toString(), parent == null ? Path.of(".") : parent, entries(lines, false));
    }

    private static byte[] start(Path list) throws IOException {
        try (InputStream in = Files.newInputStream(list)) {
            return in.readNBytes(FileKinds.LOOK);
        }
    }

    /**
     * @param names file names, in memory
     * @return the list
     */
    static FileList of(List<String> names) {
        return new FileList("list of names", null, entries(names, true));
    }

    /**
     * As the reference: a line of a list file is a comment when it starts
     * with {@code #}; a name in memory when it does so after its spaces.
     */
    private static List<Entry> entries(List<String> lines, boolean stripFirst) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i) == null ? "" : lines.get(i);
            String s = raw.strip();
            if (!s.isEmpty() && !(stripFirst ? s : raw).startsWith("#")) {
                out.add(new Entry(s, i + 1));
            }
        }
        return out;
    }

    /** @return the number of files */
    int size() {
        return entries.size();
    }

    /**
     * @param index 0-based
     * @return the file of that entry
     * @throws SourceAccessException naming the list and line if it does not exist
     */
    Path file(int index) {
        Entry e = entries.get(index);
        String withExt = withExtension(e);
        Path p = path(e, withExt);
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (!p.isAbsolute() && baseDir != null && Files.isRegularFile(baseDir.resolve(p))) {
            return baseDir.resolve(p);
        }
        throw new SourceAccessException(name + ", line " + e.line() + ": file " + withExt + " does not exist");
    }

    /**
     * @param index 0-based
     * @return where that entry is, for messages: "LIST, line N: ", or "" for names in memory
     */
    String where(int index) {
        return baseDir == null ? "" : name + ", line " + entries.get(index).line() + ": ";
    }

    private Path path(Entry e, String withExt) {
        try {
            return Path.of(withExt);
        } catch (InvalidPathException x) {
            throw new SourceAccessException(name + ", line " + e.line() + ": '" + printable(e.name())
                    + "' is not a file name: " + x.getReason(), x);
        }
    }

    private String withExtension(Entry e) {
        String n = e.name();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf(java.io.File.separatorChar));
        return n.substring(slash + 1).contains(".") ? n : n + Hcm.EXTENSION;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < ' ' || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
