package io.github.hipercam.ucam;

import io.github.hipercam.model.Header;
import io.github.hipercam.model.Window;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a frame's little-endian unsigned 16-bit words into float32 windows,
 * following a {@link UcamLayout}. Immutable; decoding is a pure function: the
 * same layout and bytes always give the same windows, and nothing is kept
 * between calls. ULTRACAM window pairs are read in frame order by
 * {@link UcamPairLanes}; everything else by walking each window's blocks.
 */
final class UcamPixels {

    /** Little-endian 16-bit loads straight from the frame's bytes. */
    private static final VarHandle U16 = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final UcamLayout layout;
    private final Optional<UcamPairLanes> lanes;

    private UcamPixels(UcamLayout layout, boolean allowLanes) {
        this.layout = layout;
        this.lanes = allowLanes ? UcamPairLanes.of(layout) : Optional.empty();
    }

    /**
     * @param layout where the windows lie
     * @return the decoder of its pixels
     */
    static UcamPixels of(UcamLayout layout) {
        return new UcamPixels(layout, true);
    }

    /**
     * @param layout where the windows lie
     * @return a decoder that walks every window's blocks (the plain reading the faster ones are checked against)
     */
    static UcamPixels byBlocks(UcamLayout layout) {
        return new UcamPixels(layout, false);
    }

    /** @return whether window pairs are read in frame order */
    boolean readsLanes() {
        return lanes.isPresent();
    }

    /**
     * @param frame the whole frame, timing bytes included
     * @param pixelStart byte offset of the first pixel word (2 * headerwords)
     * @return for each CCD its windows in layout order, with empty headers
     */
    List<List<Window>> decode(byte[] frame, int pixelStart) {
        float[][][] px = allocate();
        if (lanes.isPresent()) {
            lanes.get().decode(frame, pixelStart, px);
        } else {
            for (int c = 0; c < px.length; c++) {
                for (int w = 0; w < px[c].length; w++) {
                    walk(layout.ccds().get(c).get(w), frame, pixelStart, px[c][w]);
                }
            }
        }
        List<List<Window>> out = new ArrayList<>(px.length);
        for (int c = 0; c < px.length; c++) {
            List<UcamLayout.Cut> cuts = layout.ccds().get(c);
            List<Window> wins = new ArrayList<>(cuts.size());
            for (int w = 0; w < cuts.size(); w++) {
                wins.add(Window.adopt(cuts.get(w).geometry(), px[c][w], Header.empty()));
            }
            out.add(wins);
        }
        return out;
    }

    private float[][][] allocate() {
        float[][][] px = new float[layout.ccds().size()][][];
        for (int c = 0; c < px.length; c++) {
            List<UcamLayout.Cut> cuts = layout.ccds().get(c);
            px[c] = new float[cuts.size()][];
            for (int w = 0; w < cuts.size(); w++) {
                px[c][w] = new float[cuts.get(w).geometry().nx() * cuts.get(w).geometry().ny()];
            }
        }
        return px;
    }

    private static void walk(UcamLayout.Cut cut, byte[] frame, int pixelStart, float[] px) {
        int nx = cut.geometry().nx();
        int ny = cut.geometry().ny();
        int col0 = 0;
        for (UcamLayout.Block b : cut.blocks()) {
            copyBlock(b, frame, pixelStart, px, nx, ny, col0);
            col0 += b.ncols();
        }
    }

    private static void copyBlock(UcamLayout.Block b, byte[] frame, int pixelStart, float[] px, int nx, int ny,
            int col0) {
        int ncols = b.ncols();
        for (int iy = 0; iy < ny; iy++) {
            int src = pixelStart + 2 * (b.start() + iy * b.rowStep());
            int dst = iy * nx + col0;
            if (b.colStep() == -1) {
                mirroredRow(frame, src - 2 * (ncols - 1), px, dst + ncols - 1, ncols);
            } else {
                row(frame, src, 2 * b.colStep(), px, dst, ncols);
            }
        }
    }

    /** One row of a block, word by word {@code step} bytes apart. */
    private static void row(byte[] frame, int src, int step, float[] px, int dst, int n) {
        for (int ix = 0; ix < n; ix++, src += step) {
            px[dst + ix] = (short) U16.get(frame, src) & 0xFFFF;
        }
    }

    /**
     * One row of a block read right to left (an output mirrored in x, as
     * ULTRASPEC's avalanche output): the words are read in frame order from
     * {@code src}, and written from {@code last} down.
     */
    private static void mirroredRow(byte[] frame, int src, float[] px, int last, int n) {
        for (int ix = 0; ix < n; ix++, src += 2) {
            px[last - ix] = (short) U16.get(frame, src) & 0xFFFF;
        }
    }
}
