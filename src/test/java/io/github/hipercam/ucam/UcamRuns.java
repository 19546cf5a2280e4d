package io.github.hipercam.ucam;

import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamTimingWordsWriter.DateStyle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic runs beyond the bundled samples: the overscan modes (too large
 * for testdata/), the format 1 eras and versions, ULTRASPEC versions, odd
 * binning and windows cut by the ULTRASPEC chop. The golden dumps of these
 * runs were printed by the real reference pipeline, so these definitions
 * must not change.
 */
final class UcamRuns {

    private UcamRuns() {
    }

    static Map<String, UcamRunSpec> extra() {
        Map<String, UcamRunSpec> m = new LinkedHashMap<>();
        m.put("run101", UcamRunSpec.ultracam(UcamMode.FFOVER).withFrames(2));
        m.put("run102", UcamRunSpec.ultracam(UcamMode.FFOVNC).withFrames(3));
        m.put("run103", UcamRunSpec.ultracam(UcamMode.ONE_PAIR)
                .withVersion(-1, Instant.parse("2002-05-17T22:10:00.5Z")).withUserAndVftClk(false, false)
                .withFrames(4));
        m.put("run104", UcamRunSpec.ultracam(UcamMode.TWO_PAIR)
                .withVersion(70514, Instant.parse("2007-06-01T23:59:59.7Z")).withFrames(4));
        m.put("run105", UcamRunSpec.ultracam(UcamMode.FFCLR).withBinning(8, 8)
                .withVersion(80127, Instant.parse("2008-03-02T04:05:06.5Z")).withStamps(-1, DateStyle.TRUE_DATE)
                .withFrames(3));
        m.put("run106", UcamRunSpec.ultracam(UcamMode.THREE_PAIR)
                .withVersion(100222, Instant.parse("2010-02-22T10:00:00Z")).withFrames(4));
        m.put("run107", UcamRunSpec.ultracam(UcamMode.ONE_PCLR)
                .withVersion(-1, Instant.parse("2004-07-10T23:59:59.9Z")).withStamps(5, DateStyle.MIDNIGHT_BUG)
                .withFrames(4));
        m.put("run108", UcamRunSpec.ultracam(UcamMode.DRIFT).withNblue(2).withFrames(6));
        m.put("run109", UcamRunSpec.ultraspec(UcamMode.USPEC_2, "N")
                .withVersion(120716, Instant.parse("2012-07-16T01:00:00Z")).withFrames(4));
        m.put("run110", UcamRunSpec.ultraspec(UcamMode.UDRIFT, "A")
                .withVersion(111205, Instant.parse("2011-12-05T01:00:00Z")).withFrames(5));
        m.put("run111", UcamRunSpec.ultraspec(UcamMode.USPEC_1, "A").withBinning(3, 2).withFrames(3));
        m.put("run112", UcamRunSpec.ultracam(UcamMode.ONE_PAIR)
                .withVersion(-1, Instant.parse("2002-09-15T20:00:00Z")).withStamps(7, DateStyle.YEAR_263)
                .withFrames(3));
        m.put("run113", UcamRunSpec.ultracam(UcamMode.FFNCLR).withBinning(2, 2)
                .withVersion(-1, Instant.parse("2005-05-05T05:05:05Z")).withFrames(3));
        m.put("run114", UcamRunSpec.ultracam(UcamMode.TWO_PAIR).withBinning(3, 2).withFrames(5));
        m.put("run115", UcamRunSpec.ultraspec(UcamMode.USPEC_2, "A")
                .withWindows(List.of(new int[] {9, 21, 30, 12}, new int[] {260, 230, 17, 9})).withBinning(3, 2)
                .withVersion(-1, Instant.parse("2006-01-01T00:00:01Z")).withFrames(4));
        m.put("run116", UcamRunSpec.ultraspec(UcamMode.UDRIFT, "N")
                .withWindows(List.of(new int[] {5, 31, 25, 14}, new int[] {14, 31, 21, 14})).withBinning(3, 2)
                .withVersion(120716, Instant.parse("2012-07-16T01:00:00Z")).withFrames(7));
        m.put("run117", UcamRunSpec.ultracam(UcamMode.TWO_PAIR)
                .withWindows(List.of(new int[] {37, 951, 11, 37, 21}, new int[] {131, 861, 240, 25, 13}))
                .withBinning(3, 2).withVersion(-1, Instant.parse("2005-03-03T03:03:03Z")).withFrames(4));
        return m;
    }
}
