package io.github.hipercam.hcam;

import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import java.util.List;

/**
 * The header items every frame of a run carries before its own times are
 * added: the top-level items copied from the run's header and the per-CCD
 * items (NCYCLE, REFLECT, RONOISE, GAIN). With {@code full = false} only
 * what timing needs is kept.
 *
 * @param top top-level items
 * @param ccds items of each CCD, in CCD order
 */
public record HeaderItems(Header top, List<Header> ccds) {

    /** Copies the list. */
    public HeaderItems {
        ccds = List.copyOf(ccds);
    }

    static HeaderItems of(Header h, String where, boolean full) {
        Header.Builder top = Header.builder();
        if (full) {
            top.set("MODE", h.requireString(HcamKey.MODE.item(), where), "HiPERCAM readout mode");
        }
        top.set("CLEAR", h.get(HcamKey.CLEAR.item()), "Clear enabled");
        if (full) {
            for (String key : HcamKey.COPIED) {
                copy(h, top, key, key);
            }
            copy(h, top, HcamKey.GPS.item(), "GPS");
            copy(h, top, "INSTRUME", "INSTRUME");
            copy(h, top, "TELESCOP", "TELESCOP");
            require(h, where, top, HcamKey.XBIN.item(), "XBIN");
            require(h, where, top, HcamKey.YBIN.item(), "YBIN");
            require(h, where, top, HcamKey.SPEED.item(), "SPEED");
        }
        copy(h, top, "EXPTIME", "EXPTIME");
        Header[] ccds = new Header[HcamReadout.NCCD];
        for (int i = 0; i < ccds.length; i++) {
            ccds[i] = ccd(h, i + 1, full);
        }
        return new HeaderItems(top.build(), List.of(ccds));
    }

    private static Header ccd(Header h, int n, boolean full) {
        Header.Builder b = Header.builder();
        b.set("NCYCLE", h.getInt(HcamKey.NSKIPS.item(n), 0) + 1L, "readout cycle period (NSKIP+1)");
        if (full) {
            if (h.has(HcamKey.REFLECT.item(n))) {
                b.set("REFLECT", h.get(HcamKey.REFLECT.item(n)), "is image reflected");
            }
            copy(h, b, HcamKey.CHIP_RON.item(n), "RONOISE");
            copy(h, b, HcamKey.CHIP_GAIN.item(n), "GAIN");
        }
        return b.build();
    }

    private static void copy(Header from, Header.Builder to, String key, String as) {
        from.card(key).ifPresent(c -> to.add(new Card(as, c.value(), c.comment())));
    }

    private static void require(Header from, String where, Header.Builder to, String key, String as) {
        if (!from.has(key)) {
            throw new io.github.hipercam.MissingKeywordException(where, key);
        }
        copy(from, to, key, as);
    }
}
