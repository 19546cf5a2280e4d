package io.github.hipercam.ucam;

import io.github.hipercam.model.Header;
import io.github.hipercam.model.Window;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a frame's little-endian unsigned 16-bit words into windows of 16-bit
 * counts, following a {@link UcamLayout}: the words are copied, never
 * converted (a reader that asks for floats gets them made then, exactly). A
 * window read out mirrored in x keeps its rows right to left, as numpy's
 * reversed view does, so that its rows are plain copies. Immutable; decoding is a pure function: the
 * same layout and bytes always give the same windows, and nothing is kept
 * between calls. ULTRACAM window pairs are read in frame order by
 * {@link UcamPairLanes}; everything else by walking each window's blocks.
 */
final class UcamPixels {

    private final UcamLayout layout;
    private final Optional<UcamPairLanes> lanes;
    /**
     * Byte offset of each window in its CCD's array, [CCD][window], and
     * after the last window the array's length.
     */
    private final int[][] offsets;

    private UcamPixels(UcamLayout layout, boolean allowLanes) {
        this.layout = layout;
        this.lanes = allowLanes ? UcamPairLanes.of(layout) : Optional.empty();
        this.offsets = offsets(layout);
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
        return decode(ByteBuffer.wrap(frame), pixelStart);
    }

    /**
     * @param whole the whole frame from index 0, timing bytes included (any byte order)
     * @param pixelStart byte offset of the first pixel word (2 * headerwords)
     * @return for each CCD its windows in layout order, with empty headers
     */
    List<List<Window>> decode(ByteBuffer whole, int pixelStart) {
        ByteBuffer frame = whole.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        byte[][] ccds = new byte[offsets.length][];
        boolean[][] reversed = new boolean[ccds.length][];
        for (int c = 0; c < ccds.length; c++) {
            int windows = offsets[c].length - 1;
            ccds[c] = new byte[offsets[c][windows]];
            reversed[c] = new boolean[windows];
        }
        if (lanes.isPresent()) {
            lanes.get().decode(frame, pixelStart, ccds, offsets[0]);
        } else {
            for (int c = 0; c < ccds.length; c++) {
                for (int w = 0; w < reversed[c].length; w++) {
                    reversed[c][w] = walk(layout.ccds().get(c).get(w), frame, pixelStart, ccds[c], offsets[c][w]);
                }
            }
        }
        List<List<Window>> out = new ArrayList<>(ccds.length);
        for (int c = 0; c < ccds.length; c++) {
            List<UcamLayout.Cut> cuts = layout.ccds().get(c);
            List<Window> wins = new ArrayList<>(cuts.size());
            for (int w = 0; w < cuts.size(); w++) {
                wins.add(Window.adoptCounts(cuts.get(w).geometry(), ccds[c], offsets[c][w], reversed[c][w],
                        Header.empty()));
            }
            out.add(wins);
        }
        return out;
    }

    /**
     * Where each window's counts go: one array per CCD, its windows one
     * after the other in layout order, two bytes a pixel. A CCD of a full
     * frame is then one allocation of a few MB, which the collector places
     * outside its young space and frees without copying.
     *
     * @return for each CCD, the byte offset of each window in the CCD's
     *     array, then the array's length
     */
    private static int[][] offsets(UcamLayout layout) {
        int[][] at = new int[layout.ccds().size()][];
        for (int c = 0; c < at.length; c++) {
            List<UcamLayout.Cut> cuts = layout.ccds().get(c);
            at[c] = new int[cuts.size() + 1];
            long next = 0;
            for (int w = 0; w < cuts.size(); w++) {
                at[c][w] = Math.toIntExact(next);
                next += 2L * cuts.get(w).geometry().npix();
            }
            at[c][cuts.size()] = Math.toIntExact(next);
        }
        return at;
    }

    /**
     * Copies one window's blocks. A window whose every block is read right
     * to left (an output mirrored in x) is held with its rows right to left,
     * each block's words copied in frame order; any other window is held left
     * to right.
     *
     * @param px the CCD's array
     * @param at byte offset of the window in it
     * @return whether the rows are held right to left
     */
    private static boolean walk(UcamLayout.Cut cut, ByteBuffer frame, int pixelStart, byte[] px, int at) {
        int nx = cut.geometry().nx();
        int ny = cut.geometry().ny();
        boolean mirrored = cut.blocks().stream().allMatch(b -> b.colStep() == -1);
        int col0 = 0;
        for (UcamLayout.Block b : cut.blocks()) {
            for (int iy = 0; iy < ny; iy++) {
                int src = pixelStart + 2 * (b.start() + iy * b.rowStep());
                if (mirrored) {
                    int first = src - 2 * (b.ncols() - 1);
                    frame.get(first, px, at + 2 * (iy * nx + nx - col0 - b.ncols()), 2 * b.ncols());
                } else {
                    Words.copy(frame, src, b.colStep(), px, at + 2 * (iy * nx + col0), b.ncols());
                }
            }
            col0 += b.ncols();
        }
        return mirrored;
    }
}
