package io.github.hipercam.spool;

import io.github.hipercam.HipercamException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Spools a list of {@code .hcm} files: source {@code hf}. The list is a file
 * of names, one per line (blank lines and lines starting with {@code #} are
 * skipped), or names given in memory. Names without an extension get
 * {@code .hcm}. A relative name is looked up in the working directory and,
 * failing that, beside the list file, so that a list works wherever ImageJ was
 * started. Each frame's header gets {@code FILENAME}, the name as listed.
 *
 * @param <T> {@link Mccd}, or {@link Ccd} when one CCD label was asked for
 */
public final class HcamListSpool<T extends Frame> implements Spooler<T> {

    /** One name of the list, with where it came from. */
    private record Entry(String name, int line) {
    }

    private final String listName;
    private final Path baseDir;
    private final List<Entry> entries;
    private final Function<Path, T> reader;
    private int next;
    private boolean closed;

    private HcamListSpool(String listName, Path baseDir, List<Entry> entries, Function<Path, T> reader) {
        this.listName = listName;
        this.baseDir = baseDir;
        this.entries = List.copyOf(entries);
        this.reader = reader;
    }

    /**
     * @param list a list file
     * @return a spool of MCCDs
     */
    public static HcamListSpool<Mccd> ofFile(Path list) {
        return new HcamListSpool<>(list.toString(), parentOf(list), parse(list), Hcm::readMccd);
    }

    /**
     * @param list a list file
     * @param ccd the label of the CCD to read from each file
     * @return a spool of single CCDs
     */
    public static HcamListSpool<Ccd> ofFile(Path list, String ccd) {
        return new HcamListSpool<>(list.toString(), parentOf(list), parse(list), p -> Hcm.readCcd(p, ccd));
    }

    /**
     * @param names file names
     * @return a spool of MCCDs
     */
    public static HcamListSpool<Mccd> ofNames(List<String> names) {
        return new HcamListSpool<>("list of names", null, fromNames(names), Hcm::readMccd);
    }

    /**
     * @param names file names
     * @param ccd the label of the CCD to read from each file
     * @return a spool of single CCDs
     */
    public static HcamListSpool<Ccd> ofNames(List<String> names, String ccd) {
        return new HcamListSpool<>("list of names", null, fromNames(names), p -> Hcm.readCcd(p, ccd));
    }

    /**
     * The first file of a list, as {@code get_ccd_pars} for source hf reads it.
     *
     * @param list a list file
     * @return the path of its first entry
     */
    public static Path firstFile(Path list) {
        List<Entry> entries = parse(list);
        if (entries.isEmpty()) {
            throw new SourceAccessException(list + ": the list names no files");
        }
        return resolve(entries.get(0), list.toString(), parentOf(list));
    }

    /**
     * Random access to the files of a list, as a {@link RunReader}: frame n is
     * the n-th file. A list does not grow, so reading past its end is
     * {@link Poll.End}.
     *
     * @param list a list file
     * @return a reader of MCCDs
     */
    public static RunReader<Mccd> reader(Path list) {
        HcamListSpool<Mccd> spool = ofFile(list);
        return new RunReader<>() {
            @Override
            public String name() {
                return list.toString();
            }

            @Override
            public int available() {
                return spool.size();
            }

            @Override
            public Poll<Mccd> read(int number) {
                if (number < 1 || number > spool.size()) {
                    return Poll.end();
                }
                return spool.readEntry(number - 1);
            }

            @Override
            public void close() {
                spool.close();
            }
        };
    }

    /**
     * The reference's {@code get_ccd_pars} for a list: the CCD geometry of
     * the first file, read from its headers without reading pixels.
     *
     * @return label, maximum sizes and padding of each CCD, in order
     */
    public List<CcdPars> ccdPars() {
        if (entries.isEmpty()) {
            throw new SourceAccessException(listName + ": the list names no files");
        }
        return Hcm.ccdInfo(resolve(entries.get(0), listName, baseDir));
    }

    /** @return the number of files in the list */
    public int size() {
        return entries.size();
    }

    @Override
    public Poll<T> poll() {
        if (closed) {
            throw new HipercamException(listName + ": spooler is closed");
        }
        if (next >= entries.size()) {
            return Poll.end();
        }
        Poll<T> p = readEntry(next);
        next++;
        return p;
    }

    private Poll<T> readEntry(int i) {
        Entry e = entries.get(i);
        T frame = reader.apply(resolve(e, listName, baseDir));
        @SuppressWarnings("unchecked")
        T named = (T) frame.withHead(frame.head().with("FILENAME", e.name(), "file read"));
        return Poll.ready(named, i + 1);
    }

    @Override
    public void close() {
        closed = true;
    }

    private static Path parentOf(Path list) {
        Path parent = list.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static List<Entry> parse(Path list) {
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceAccessException(list + ": cannot read the file list: " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty() && !lines.get(i).startsWith("#")) {
                out.add(new Entry(s, i + 1));
            }
        }
        return out;
    }

    private static List<Entry> fromNames(List<String> names) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String s = names.get(i) == null ? "" : names.get(i).strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(new Entry(s, i + 1));
            }
        }
        return out;
    }

    private static Path resolve(Entry e, String listName, Path baseDir) {
        String name = withExtension(e.name());
        Path p = Path.of(name);
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (!p.isAbsolute() && baseDir != null && Files.isRegularFile(baseDir.resolve(p))) {
            return baseDir.resolve(p);
        }
        throw new SourceAccessException(listName + ", line " + e.line() + ": file " + name
                + " does not exist");
    }

    /**
     * @param name a file name
     * @return the name with {@code .hcm} added if it has no extension
     */
    static String withExtension(String name) {
        String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        return file.contains(".") ? name : name + Hcm.EXTENSION;
    }
}
