package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.hipercam.model.Card;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.testutil.MiniJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every header item, in order, with its value and comment, of every frame of
 * the bundled samples (one run per mode and output), top level and first
 * window of each CCD, against what the real reference pipeline put there.
 */
class UcamHeaderGoldenTest {

    static List<String> runs() {
        return List.copyOf(io.github.hipercam.synth.UcamRunWriter.samples().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    @SuppressWarnings("unchecked")
    void headersAreTheReferences(String run) throws Exception {
        Path json = Path.of(getClass().getResource("headers/" + run + ".json").toURI());
        List<Object> frames = (List<Object>) MiniJson.parse(Files.readString(json));
        // read under its bare name, as the reference read it: RUN is the run as named
        try (OpenedRun opened = OpenRuns.inMemory(run); RunReader<Mccd> r = opened.frames()) {
            assertEquals(frames.size(), r.available());
            for (int n = 1; n <= frames.size(); n++) {
                Map<String, Object> want = (Map<String, Object>) frames.get(n - 1);
                Mccd m = ((Poll.Ready<Mccd>) r.read(n)).frame();
                List<String> diff = new ArrayList<>();
                compare((List<Object>) want.get("head"), m.head(), run + " frame " + n + " head", diff);
                List<Object> ccds = (List<Object>) want.get("ccds");
                assertEquals(ccds.size(), m.ccds().size());
                for (int c = 0; c < ccds.size(); c++) {
                    compare((List<Object>) ccds.get(c), m.ccd(Integer.toString(c + 1)).head(),
                            run + " frame " + n + " CCD " + (c + 1), diff);
                }
                assertEquals(List.of(), diff);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void compare(List<Object> want, Header got, String where, List<String> diff) {
        List<Card> cards = got.cards();
        List<String> wantKeys = want.stream().map(o -> (String) ((List<Object>) o).get(0)).toList();
        List<String> gotKeys = cards.stream().map(Card::key).toList();
        if (!wantKeys.equals(gotKeys)) {
            diff.add(where + ": keys " + wantKeys + " != " + gotKeys);
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            List<Object> w = (List<Object>) want.get(i);
            Card c = cards.get(i);
            if (!sameValue(c.key(), w.get(1), c.value())) {
                diff.add(where + ": " + c.key() + " = " + c.value() + ", expected " + w.get(1));
            }
            if (!w.get(2).equals(c.comment())) {
                diff.add(where + ": comment of " + c.key() + " = '" + c.comment() + "', expected '" + w.get(2) + "'");
            }
        }
    }

    private static boolean sameValue(String key, Object want, Object got) {
        if (want instanceof Number a && got instanceof Number b && !(got instanceof Boolean)) {
            double tol = key.equals("MJDUTC") || key.equals("MJDFRAC") ? 1e-11 : key.equals("EXPTIME") ? 1e-9 : 0;
            // integers stay integers and reals reals, except that the reference's drift-mode
            // placeholder time is the integer 51544 where this reader keeps a real
            boolean sameType = (want instanceof Long) == (got instanceof Long) || key.equals("MJDUTC")
                    || key.equals("MJDFRAC");
            return Math.abs(a.doubleValue() - b.doubleValue()) <= tol && sameType;
        }
        return want == null ? got == null : want.equals(got);
    }
}
