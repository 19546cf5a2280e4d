package io.github.hipercam.ucam;

import io.github.hipercam.model.Header;
import io.github.hipercam.model.Window;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a frame's little-endian unsigned 16-bit words into float32 windows,
 * following a {@link UcamLayout}. A pure function: the same layout and bytes
 * always give the same windows, and nothing is kept between calls.
 */
final class UcamPixels {

    /** Little-endian 16-bit loads straight from the frame's bytes. */
    private static final VarHandle U16 = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);

    private UcamPixels() {
    }

    /**
     * @param layout where the windows lie
     * @param frame the whole frame, timing bytes included
     * @param pixelStart byte offset of the first pixel word (2 * headerwords)
     * @return for each CCD its windows in layout order, with empty headers
     */
    static List<List<Window>> decode(UcamLayout layout, byte[] frame, int pixelStart) {
        List<List<Window>> out = new ArrayList<>(layout.ccds().size());
        for (List<UcamLayout.Cut> ccd : layout.ccds()) {
            List<Window> wins = new ArrayList<>(ccd.size());
            for (UcamLayout.Cut cut : ccd) {
                wins.add(Window.adopt(cut.geometry(), pixels(cut, frame, pixelStart), Header.empty()));
            }
            out.add(wins);
        }
        return out;
    }

    private static float[] pixels(UcamLayout.Cut cut, byte[] frame, int pixelStart) {
        int nx = cut.geometry().nx();
        int ny = cut.geometry().ny();
        float[] px = new float[nx * ny];
        int col0 = 0;
        for (UcamLayout.Block b : cut.blocks()) {
            copyBlock(b, frame, pixelStart, px, nx, ny, col0);
            col0 += b.ncols();
        }
        return px;
    }

    private static void copyBlock(UcamLayout.Block b, byte[] frame, int pixelStart, float[] px, int nx, int ny,
            int col0) {
        int ncols = b.ncols();
        int step = 2 * b.colStep();
        for (int iy = 0; iy < ny; iy++) {
            int src = pixelStart + 2 * (b.start() + iy * b.rowStep());
            int dst = iy * nx + col0;
            for (int ix = 0; ix < ncols; ix++, src += step) {
                px[dst + ix] = (short) U16.get(frame, src) & 0xFFFF;
            }
        }
    }
}
