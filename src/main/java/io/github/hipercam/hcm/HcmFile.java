package io.github.hipercam.hcm;

import io.github.hipercam.FormatException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;

/**
 * The HDUs of one FITS file, headers read eagerly and pixels on demand, with
 * every size checked against the file before anything is allocated.
 */
final class HcmFile implements AutoCloseable {

    private final Path path;
    private final Fits fits;
    private final List<BasicHDU<?>> hdus = new ArrayList<>();

    private HcmFile(Path path, Fits fits) {
        this.path = path;
        this.fits = fits;
    }

    /**
     * Opens a file and reads the headers of all its HDUs.
     *
     * @param path the file
     * @return the open file
     */
    static HcmFile open(Path path) {
        if (Files.isDirectory(path)) {
            throw new SourceAccessException(path + ": a folder, not a file");
        }
        if (!Files.isRegularFile(path)) {
            throw new SourceAccessException(path + ": no such file");
        }
        Fits fits;
        try {
            fits = new Fits(path.toFile());
        } catch (FitsException e) {
            throw new SourceAccessException(path + ": cannot open: " + e.getMessage(), e);
        }
        HcmFile f = new HcmFile(path, fits);
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
            BasicHDU<?> hdu;
            while ((hdu = fits.readHDU()) != null) {
                checkDataFits(hdu, fileLength);
                hdus.add(hdu);
            }
        } catch (nom.tam.fits.TruncatedFileException | java.io.EOFException e) {
            throw new TruncatedDataException(path + ": file ends inside HDU " + hdus.size()
                    + ": " + e.getMessage(), e);
        } catch (FitsException | IOException e) {
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

    private void checkDataFits(BasicHDU<?> hdu, long fileLength) {
        Header h = hdu.getHeader();
        long start = hdu.getFileOffset() + h.getOriginalSize();
        long need = h.getDataSize();
        if (hdu.getFileOffset() >= 0 && start + unpadded(h) > fileLength) {
            throw new TruncatedDataException(path + ": HDU " + hdus.size() + " claims " + need
                    + " bytes of data but the file holds only " + Math.max(0, fileLength - start));
        }
    }

    private static long unpadded(Header h) {
        int naxis = h.getIntValue("NAXIS", 0);
        if (naxis == 0) {
            return 0;
        }
        long n = Math.abs(h.getIntValue("BITPIX", 8)) / 8;
        for (int i = 1; i <= naxis; i++) {
            n *= h.getLongValue("NAXIS" + i, 0);
        }
        return n;
    }

    private long fileLength() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new SourceAccessException(path + ": cannot read size: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    int size() {
        return hdus.size();
    }

    Header header(int i) {
        return hdus.get(i).getHeader();
    }

    /**
     * @param i HDU index
     * @return true if the HDU holds a 2D image
     */
    boolean isImage2d(int i) {
        BasicHDU<?> h = hdus.get(i);
        return h instanceof ImageHDU && h.getHeader().getIntValue("NAXIS", 0) == 2;
    }

    /**
     * @param i HDU index
     * @return the pixel kernel as nom-tam gives it (e.g. float[ny][nx])
     */
    Object kernel(int i) {
        long bytes = unpadded(header(i));
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
     * OutOfMemoryError, reaches the caller (reading only the headers, as
     * {@code Hcm.ccdInfo} does, still works).
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
