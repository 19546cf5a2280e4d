package io.github.hipercam.imagej.views;

import io.github.hipercam.model.Winhead;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.gui.TextRoi;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.List;

/**
 * The overlay that tells data from gaps: the space outside every window
 * filled with {@link Channels#GAP} (so a NaN or zero gap no longer looks like
 * faint sky), and each window outlined in its CCD's colour with its name
 * just below it (above it, or inside, where there is no room), in letters
 * about twelve pixels high at the zoom that fits the screen. On a hyperstack the outlines and names
 * of a CCD belong to its channel; the gap fill covers only what no shown CCD
 * has a window on, so that it never hides another channel's data.
 *
 * <p>The overlay is ImageJ's own: Image &gt; Overlay &gt; Hide Overlay hides
 * it, and it is not part of the pixels measurements read.
 */
public final class WindowOverlay {

    /** Name of the gap fill in the overlay. */
    public static final String GAPS = "gaps";
    /** Size of the window names on screen at the zoom that fits the screen ({@link ScreenFit#zoom}). */
    static final int FONT_SIZE = 12;

    private WindowOverlay() {
    }

    /**
     * @param run the open run
     * @param ccds the CCDs of the image, in channel order
     * @param channels true if the image is a hyperstack with a channel per CCD
     * @return the overlay
     */
    public static Overlay of(OpenRun run, List<String> ccds, boolean channels) {
        Overlay overlay = new Overlay();
        CcdRenderer first = run.renderer(ccds.get(0));
        int width = first.layout().width();
        int height = first.layout().height();
        Area gaps = new Area(new Rectangle(0, 0, width, height));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, fontSize(width, height));
        List<Roi> outlines = new ArrayList<>();
        for (int c = 0; c < ccds.size(); c++) {
            String label = ccds.get(c);
            CcdRenderer r = run.renderer(label);
            Color colour = Channels.colour(run.instrument(), run.index(label));
            for (var e : names(run, label)) {
                Rectangle box = r.bounds(e.geometry());
                gaps.subtract(new Area(box));
                outlines.add(position(outline(box, colour, label + " " + e.name()), channels ? c + 1 : 0));
                outlines.add(position(name(box, e.name(), colour, font, height), channels ? c + 1 : 0));
            }
        }
        if (!gaps.isEmpty()) {
            ShapeRoi fill = new ShapeRoi(gaps);
            fill.setName(GAPS);
            fill.setFillColor(Channels.GAP);
            overlay.add(fill);
        }
        outlines.forEach(overlay::add);
        overlay.selectable(false);
        return overlay;
    }

    /** A window's name and geometry. */
    private record Named(String name, Winhead geometry) {
    }

    private static List<Named> names(OpenRun run, String label) {
        List<String> names = run.windowNames(label);
        List<Winhead> geometry = run.windows(label);
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < geometry.size(); i++) {
            out.add(new Named(names.get(i), geometry.get(i)));
        }
        return out;
    }

    private static Roi outline(Rectangle box, Color colour, String name) {
        Roi r = new Roi(box.x, box.y, box.width, box.height);
        r.setStrokeColor(colour);
        r.setName(name);
        return r;
    }

    /** Font size in image pixels that is {@link #FONT_SIZE} on the screen when the image is zoomed to fit it. */
    static int fontSize(int width, int height) {
        return (int) Math.max(2, Math.min(96, Math.round(FONT_SIZE / ScreenFit.zoom(width, height))));
    }

    /** The name just below the window, else just above it, else inside its top-left corner. */
    private static Roi name(Rectangle box, String text, Color colour, Font font, int height) {
        int h = font.getSize() + 1;
        int y = box.y + box.height + h <= height ? box.y + box.height : box.y - h >= 0 ? box.y - h : box.y;
        TextRoi t = new TextRoi(box.x, y, text, font);
        t.setStrokeColor(colour);
        t.setName(text);
        return t;
    }

    private static Roi position(Roi r, int channel) {
        if (channel > 0) {
            r.setPosition(channel, 0, 0);
        }
        return r;
    }
}
