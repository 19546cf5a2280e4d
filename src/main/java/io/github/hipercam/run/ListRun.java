package io.github.hipercam.run;

import io.github.hipercam.HipercamException;
import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.RunSummary;
import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.spool.Spooler;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Source {@code hf}: a list of {@code .hcm} files, frame n being the n-th
 * file. Each frame's header gets {@code FILENAME}, the name as listed. A list
 * does not grow, so a frame past its end is {@link Poll.End}. A file of one
 * CCD is a frame of that one CCD (the reference stops on such a list).
 *
 * <p>Unlike the reference, which ignores {@code first} for lists, a spool of
 * a list starts at file {@code first} with the same meaning as for a run (0
 * the last file, negative that many before it), so that every source steps
 * the same way.
 */
final class ListRun implements OpenedRun {

    private final String source;
    private final String resource;
    private final SpoolOptions options;
    private final FileList list;
    private volatile List<CcdPars> pars;

    private ListRun(String source, String resource, SpoolOptions options, FileList list) {
        this.source = source;
        this.resource = resource;
        this.options = options;
        this.list = list;
    }

    /**
     * @param source the source code
     * @param resource the list file
     * @param options per-source options
     * @return the run
     */
    static ListRun open(String source, String resource, SpoolOptions options) {
        return new ListRun(source, resource, options, FileList.read(Path.of(resource)));
    }

    /**
     * @param names file names in memory
     * @param options per-source options
     * @return the run
     */
    static ListRun of(List<String> names, SpoolOptions options) {
        return new ListRun("hf", "list of names", options, FileList.of(names));
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String resource() {
        return resource;
    }

    /**
     * The list's name; for one file named in memory (an {@code .hcm} file
     * opened on its own) that file, so that it is titled as the file.
     */
    @Override
    public String name() {
        if (list.baseDir() == null && list.size() == 1) {
            return list.entries().get(0).name();
        }
        return list.name();
    }

    @Override
    public SpoolOptions options() {
        return options;
    }

    /** The CCD geometry of the first file, read from its headers without its pixels. */
    @Override
    public List<CcdPars> ccdPars() {
        List<CcdPars> p = pars;
        if (p == null) {
            if (list.size() == 0) {
                throw new SourceAccessException(list.name() + ": the list names no files");
            }
            p = entry(0, Hcm::ccdInfo);
            pars = p;
        }
        return p;
    }

    @Override
    public RunSummary summary() {
        List<RunSummary.Item> items = new java.util.ArrayList<>();
        items.add(new RunSummary.Item("Files", list.size() + " listed"));
        StringBuilder ccds = new StringBuilder();
        for (CcdPars p : ccdPars()) {
            ccds.append(ccds.length() == 0 ? "" : ", ").append(p.label()).append(" (").append(p.nxmax())
                    .append(" x ").append(p.nymax()).append(")");
        }
        items.add(new RunSummary.Item("CCDs", ccds.toString()));
        return new RunSummary(".hcm files", items, List.of());
    }

    @Override
    public int available() {
        return list.size();
    }

    @Override
    public RunReader<Mccd> frames() {
        return reader((file, i) -> Hcm.readAsMccd(file));
    }

    /** A list's frames are timed by their files alone. */
    @Override
    public RunReader<Mccd> frames(int timingFrom) {
        return frames();
    }

    @Override
    public int firstFrame(int first) {
        return First.resolve(first, available());
    }

    @Override
    public Spooler<Mccd> spool(int first) {
        return new RunSpooler<>(frames(), first);
    }

    /** Reads only the one CCD of each file. */
    @Override
    public Spooler<Ccd> spool(int first, String ccd) {
        List<String> labels = ccdPars().stream().map(CcdPars::label).toList();
        if (ccd == null || !labels.contains(ccd)) {
            throw new InvalidArgumentException(resource + ": no CCD '" + ccd + "'; CCDs are " + labels);
        }
        return new RunSpooler<>(reader((file, i) -> Hcm.readCcdOf(file, ccd)), first);
    }

    private <T extends Frame> RunReader<T> reader(BiFunction<Path, Integer, T> read) {
        return new RunReader<>() {
            @Override
            public String name() {
                return list.name();
            }

            @Override
            public int available() {
                return list.size();
            }

            @Override
            public Poll<T> read(int number) {
                if (number < 1) {
                    throw new InvalidArgumentException(name() + ": frame numbers start at 1, got " + number);
                }
                if (number > list.size()) {
                    return Poll.end();
                }
                T frame = entry(number - 1, file -> read.apply(file, number));
                @SuppressWarnings("unchecked")
                T named = (T) frame.withHead(frame.head().with("FILENAME", list.entries().get(number - 1).name(),
                        "file read"));
                return Poll.ready(named, number);
            }

            @Override
            public void close() {
                // the files are opened and closed frame by frame
            }
        };
    }

    /**
     * Reads one file of the list; a file that is not an {@code .hcm} file
     * (a raw run, another FITS file) is named for what it is.
     */
    private <T> T entry(int index, Function<Path, T> read) {
        Path file = list.file(index);
        try {
            return read.apply(file);
        } catch (HipercamException e) {
            throw WrongKind.ofHcm(file, list.where(index), e);
        }
    }

    @Override
    public RawFrames raw() {
        throw new InvalidArgumentException(resource + ": a list of .hcm files is not a raw run and has no raw frames");
    }

    @Override
    public void close() {
        // nothing is held open
    }
}
