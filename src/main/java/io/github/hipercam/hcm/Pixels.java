package io.github.hipercam.hcm;

import io.github.hipercam.FormatException;
import io.github.hipercam.fits.HduHeader;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Window;
import io.github.hipercam.model.Winhead;
import java.nio.file.Path;
import nom.tam.fits.header.Standard;

/**
 * Turns a nom-tam image kernel into window pixels: float64 stays float64,
 * everything else becomes float32 after BSCALE and BZERO, as in the pipeline.
 */
final class Pixels {

    private Pixels() {
    }

    static Window toWindow(Object kernel, Winhead geom, Header head, HduHeader fits,
            Path path, int hdu) {
        if (kernel instanceof double[][] d) {
            double[] out = new double[geom.npix()];
            int nx = geom.nx();
            for (int y = 0; y < d.length; y++) {
                System.arraycopy(d[y], 0, out, y * nx, nx);
            }
            return Window.adopt(geom, out, head);
        }
        double bscale = fits.doubleValue(Standard.BSCALE, 1.0);
        double bzero = fits.doubleValue(Standard.BZERO, 0.0);
        float[] out = new float[geom.npix()];
        int nx = geom.nx();
        if (kernel instanceof float[][] f) {
            for (int y = 0; y < f.length; y++) {
                System.arraycopy(f[y], 0, out, y * nx, nx);
            }
            return Window.adopt(geom, out, head);
        }
        if (!(kernel instanceof Object[] rows) || rows.length != geom.ny()) {
            throw new FormatException(path + ": HDU " + hdu + ": unsupported pixel array "
                    + (kernel == null ? "null" : kernel.getClass().getSimpleName()));
        }
        for (int y = 0; y < rows.length; y++) {
            copyRow(rows[y], out, y * nx, nx, bscale, bzero, path, hdu);
        }
        return Window.adopt(geom, out, head);
    }

    private static void copyRow(Object row, float[] out, int off, int nx, double bscale,
            double bzero, Path path, int hdu) {
        for (int x = 0; x < nx; x++) {
            double raw;
            if (row instanceof short[] s) {
                raw = s[x];
            } else if (row instanceof int[] i) {
                raw = i[x];
            } else if (row instanceof byte[] b) {
                raw = b[x] & 0xff;
            } else if (row instanceof long[] l) {
                raw = l[x];
            } else {
                throw new FormatException(path + ": HDU " + hdu + ": unsupported pixel type "
                        + row.getClass().getSimpleName());
            }
            out[off + x] = (float) (raw * bscale + bzero);
        }
    }
}
