package io.github.hipercam.hcm;

import io.github.hipercam.FileExistsException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.fits.HduFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.util.FitsOutputStream;

/**
 * Reading and writing {@code .hcm} files. Every method opens and closes the
 * file itself; pixels are read in full into the returned frame.
 *
 * <pre>{@code
 * Frame f = Hcm.read(Path.of("run0012_0001.hcm"));   // rhcam
 * if (f instanceof Mccd mccd) { ... }
 * }</pre>
 */
public final class Hcm {

    /** The file extension of the format. */
    public static final String EXTENSION = ".hcm";

    private Hcm() {
    }

    /**
     * The reference's {@code rhcam}: reads a CCD or an MCCD, as the file's
     * HIPERCAM keyword says.
     *
     * @param path the file
     * @return a {@link Ccd} or a {@link Mccd}
     */
    public static Frame read(Path path) {
        try (HduFile f = HduFile.open(path)) {
            return new HcmReader(f).read();
        }
    }

    /**
     * @param path an MCCD file
     * @return its MCCD
     */
    public static Mccd readMccd(Path path) {
        try (HduFile f = HduFile.open(path)) {
            HcmReader r = new HcmReader(f);
            if (!r.type().equals("MCCD")) {
                throw new io.github.hipercam.FormatException(path
                        + ": HIPERCAM = 'CCD'; expected an MCCD file");
            }
            return r.readMulti();
        }
    }

    /**
     * Reads any {@code .hcm} file as an MCCD: an MCCD file as it is, a CCD
     * file as an MCCD of that one CCD, labelled as {@link #ccdInfo} labels
     * it, with an empty top-level header. A list of CCD files thus spools as
     * one-CCD frames.
     *
     * @param path the file
     * @return the MCCD
     */
    public static Mccd readAsMccd(Path path) {
        try (HduFile f = HduFile.open(path)) {
            HcmReader r = new HcmReader(f);
            if (r.type().equals("MCCD")) {
                return r.readMulti();
            }
            String label = r.ccdInfo().get(0).label();
            return new Mccd(java.util.Map.of(label, r.readSingle()), io.github.hipercam.model.Header.empty());
        }
    }

    /**
     * Reads one CCD of any {@code .hcm} file, labelled as {@link #readAsMccd}
     * labels it: only that CCD's HDUs of an MCCD file, or a CCD file whose
     * one CCD it is.
     *
     * @param path the file
     * @param label CCD label
     * @return the CCD
     * @throws io.github.hipercam.InvalidArgumentException naming the file if it has no such CCD
     */
    public static Ccd readCcdOf(Path path, String label) {
        try (HduFile f = HduFile.open(path)) {
            HcmReader r = new HcmReader(f);
            if (r.type().equals("MCCD")) {
                return r.readCcd(label);
            }
            if (!r.ccdInfo().get(0).label().equals(label)) {
                throw new io.github.hipercam.InvalidArgumentException(path + ": no CCD labelled '" + label + "'");
            }
            return r.readSingle();
        }
    }

    /**
     * Reads one CCD of a file: the labelled CCD of an MCCD file, or the whole
     * of a CCD file when the label is null.
     *
     * @param path the file
     * @param label CCD label, or null for a CCD file
     * @return the CCD
     */
    public static Ccd readCcd(Path path, String label) {
        try (HduFile f = HduFile.open(path)) {
            HcmReader r = new HcmReader(f);
            return label == null ? r.readSingle() : r.readCcd(label);
        }
    }

    /**
     * The reference's {@code get_ccd_info}: CCD labels, sizes and padding from
     * the headers alone, without reading pixels.
     *
     * @param path the file
     * @return one entry per CCD, in file order
     */
    public static List<CcdPars> ccdInfo(Path path) {
        try (HduFile f = HduFile.open(path)) {
            return new HcmReader(f).ccdInfo();
        }
    }

    /**
     * Writes a frame as {@code .hcm}. The file is written to a temporary name
     * beside the target and renamed into place, so an interrupted write never
     * leaves a partial file under the target's name. The file gets the
     * permissions the umask gives any new file (0644 under umask 022), and
     * temporary files that an interrupted earlier write of the same target
     * left behind are removed.
     *
     * @param path the target file
     * @param frame a CCD or an MCCD
     * @param overwrite true to replace an existing file
     * @throws FileExistsException if the file exists and overwrite is false
     */
    public static void write(Path path, Frame frame, boolean overwrite) {
        write(path, frame, overwrite, Files::newOutputStream);
    }

    /** Opens the stream that a file's bytes are written to. */
    @FunctionalInterface
    public interface StreamOpener {
        /**
         * @param file the (temporary) file to write
         * @return a stream into it
         * @throws IOException if it cannot be opened
         */
        OutputStream open(Path file) throws IOException;
    }

    /**
     * As {@link #write(Path, Frame, boolean)}, with the temporary file's
     * stream opened by the caller (to count bytes, or to inject a failure
     * part way through a write in tests).
     *
     * @param path the target file
     * @param frame a CCD or an MCCD
     * @param overwrite true to replace an existing file
     * @param opener opens the temporary file for writing
     */
    public static void write(Path path, Frame frame, boolean overwrite, StreamOpener opener) {
        if (!overwrite && Files.exists(path)) {
            throw new FileExistsException(path);
        }
        Path tmp = null;
        try {
            PartFile.removeStale(path);
            tmp = PartFile.create(path);
            try (Fits fits = frame instanceof Mccd m ? HcmWriter.layout(m) : HcmWriter.layout((Ccd) frame);
                    FitsOutputStream out = new FitsOutputStream(opener.open(tmp))) {
                fits.write(out);
            }
            move(tmp, path, overwrite);
            tmp = null;
        } catch (IOException | FitsException e) {
            throw new SourceAccessException(path + ": cannot write: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void move(Path tmp, Path target, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(target)) {
            throw new FileExistsException(target);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new HipercamException(p + ": cannot remove temporary file: " + e.getMessage(), e);
        }
    }
}
