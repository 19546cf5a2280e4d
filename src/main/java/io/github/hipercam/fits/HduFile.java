package io.github.hipercam.fits;

import io.github.hipercam.FormatException;
import io.github.hipercam.HipercamException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;
import nom.tam.fits.TruncatedFileException;
import nom.tam.util.ArrayDataInput;
import nom.tam.util.RandomAccess;

/**
 * The image HDUs of one FITS file, read with nom-tam-fits: every header is
 * read and checked ({@link HduCheck}) when the file is opened, before nom
 * builds anything from it, and pixels are read on demand. Every failure is a
 * {@link HipercamException} naming the file and the HDU.
 *
 * <pre>{@code
 * try (HduFile f = HduFile.open(Path.of("run0012_0001.hcm"))) {
 *     int nxtot = f.header(1).requireInt(HcmKey.NXTOT, "run0012_0001.hcm, HDU 1");
 *     Object pixels = f.kernel(1);   // e.g. float[ny][nx]
 * }
 * }</pre>
 */
public final class HduFile implements AutoCloseable {

    private final Path path;
    private final Fits fits;
    private final List<BasicHDU<?>> hdus = new ArrayList<>();
    private final List<HduHeader> headers = new ArrayList<>();
    private final List<Long> dataBytes = new ArrayList<>();

    private HduFile(Path path, Fits fits) {
        this.path = path;
        this.fits = fits;
    }

    /**
     * Opens a file and reads and checks the headers of all its HDUs.
     *
     * @param path the file
     * @return the open file
     * @throws SourceAccessException if it is not a readable file
     * @throws FormatException if it is not FITS, or an HDU is not an image nom-tam-fits can read
     * @throws TruncatedDataException if it ends inside an HDU
     */
    public static HduFile open(Path path) {
        if (Files.isDirectory(path)) {
            throw new SourceAccessException(path + ": a folder, not a file");
        }
        if (!Files.isRegularFile(path)) {
            throw new SourceAccessException(path + ": no such file");
        }
        Fits fits;
        try {
            fits = new Fits(path.toFile());
        } catch (RuntimeException e) {
            throw new SourceAccessException(path + ": cannot open: " + e.getMessage(), e);
        }
        HduFile f = new HduFile(path, fits);
        try {
            f.readHeaders();
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
        return f;
    }

    private void readHeaders() {
        long fileLength = fileLength();
        try {
            while (readNext(fileLength)) {
                // one HDU at a time
            }
        } catch (TruncatedFileException | EOFException e) {
            throw new TruncatedDataException(path + ": file ends inside HDU " + hdus.size()
                    + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof HipercamException h) {
                throw h;
            }
            if (hdus.isEmpty()) {
                throw new FormatException(path + ": not a FITS file: " + e.getMessage(), e);
            }
            throw new FormatException(path + ": bad FITS structure after HDU " + (hdus.size() - 1)
                    + ": " + e.getMessage(), e);
        }
        if (hdus.isEmpty()) {
            throw new FormatException(path + ": not a FITS file (no HDU found)");
        }
    }

    /**
     * Reads the next header, checks it, then goes back and lets nom-tam-fits
     * read the HDU (which sizes arrays from the header).
     */
    private boolean readNext(long fileLength) throws FitsException, IOException {
        ArrayDataInput in = fits.getStream();
        RandomAccess ra = (RandomAccess) in;
        long at = ra.getFilePointer();
        if (at >= fileLength) {
            return false;
        }
        nom.tam.fits.Header peek = nom.tam.fits.Header.readHeader(in);
        if (peek == null) {
            return false;
        }
        String where = path + ", HDU " + hdus.size();
        long bytes = HduCheck.check(peek, where, ra.getFilePointer(), fileLength);
        ra.seek(at);
        BasicHDU<?> hdu = fits.readHDU();
        if (hdu == null) {
            return false;
        }
        hdus.add(hdu);
        headers.add(new HduHeader(hdu.getHeader(), where));
        dataBytes.add(bytes);
        return true;
    }

    private long fileLength() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new SourceAccessException(path + ": cannot read size: " + e.getMessage(), e);
        }
    }

    /** @return the file */
    public Path path() {
        return path;
    }

    /** @return the number of HDUs */
    public int size() {
        return hdus.size();
    }

    /**
     * @param i HDU index, 0 for the primary
     * @return its header
     */
    public HduHeader header(int i) {
        return headers.get(i);
    }

    /**
     * @param i HDU index
     * @return true if the HDU holds a 2D image
     */
    public boolean isImage2d(int i) {
        return hdus.get(i) instanceof ImageHDU && headers.get(i).naxis() == 2;
    }

    /**
     * @param i HDU index
     * @return the pixel kernel as nom-tam gives it (e.g. float[ny][nx])
     * @throws SourceAccessException if the pixels would not fit in the Java heap
     * @throws FormatException if they cannot be read
     */
    public Object kernel(int i) {
        long bytes = dataBytes.get(i);
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap / 2) {
            throw tooBig(i, bytes, heap, null);
        }
        try {
            return hdus.get(i).getKernel();
        } catch (RuntimeException e) {
            throw new FormatException(path + ": cannot read the pixels of HDU " + i + ": "
                    + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw tooBig(i, bytes, heap, e);
        }
    }

    /**
     * A window too large for this JVM: its pixels are read and then copied,
     * so it needs about twice its size in heap. A clear error, not an
     * OutOfMemoryError, reaches the caller (reading only the headers still
     * works).
     */
    private SourceAccessException tooBig(int i, long bytes, long heap, Throwable cause) {
        return new SourceAccessException(path + ": HDU " + i + " holds " + bytes + " bytes of pixels; reading"
                + " them needs about twice that, but the Java heap is " + heap + " bytes (raise -Xmx)", cause);
    }

    @Override
    public void close() {
        try {
            fits.close();
        } catch (IOException e) {
            // closing a read-only file: nothing the caller can act on
        }
    }
}
