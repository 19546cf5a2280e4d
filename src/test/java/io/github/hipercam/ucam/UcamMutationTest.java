package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.hipercam.HipercamException;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.testutil.MemoryRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never escapes as anything but a {@link HipercamException}: every
 * parameter of every mode removed, or set to 0, -1, a huge number or text,
 * and frames of any length. Either the run opens and its frames decode, or
 * a clear error is raised; never an NPE, an index error or an attempt to
 * allocate more than the run holds.
 */
class UcamMutationTest {

    private static final Pattern PARAM = Pattern.compile("<parameter_status name=\"([A-Z0-9_]+)\" value=\"([^\"]*)\"/>");

    @TempDir
    Path tmp;

    private static List<UcamRunSpec> specs() {
        List<UcamRunSpec> out = new ArrayList<>(UcamRunWriter.samples().values());
        out.add(UcamRuns.extra().get("run103"));
        return out;
    }

    @Test
    void mutatedParametersGiveClearErrorsOrGoodRuns() throws Exception {
        int opened = 0;
        int refused = 0;
        for (UcamRunSpec spec : specs()) {
            String xml = UcamRunWriter.xml("run", spec);
            byte[] frame = frameOf(spec);
            Matcher m = PARAM.matcher(xml);
            while (m.find()) {
                for (String value : java.util.Arrays.asList(null, "0", "-1", "2147483647", "99999999999", "x", "")) {
                    String mutated = value == null ? xml.replace(m.group(), "")
                            : xml.replace(m.group(), "<parameter_status name=\"" + m.group(1) + "\" value=\"" + value + "\"/>");
                    if (tryRun(mutated, frame)) {
                        opened++;
                    } else {
                        refused++;
                    }
                }
            }
        }
        assertTrue(opened > 100 && refused > 100, "opened " + opened + ", refused " + refused);
    }

    @Test
    void framesOfAnyLengthAreHandled() throws Exception {
        UcamRunSpec spec = UcamRunSpec.ultracam(UcamMode.ONE_PAIR);
        String xml = UcamRunWriter.xml("run", spec);
        byte[] frame = frameOf(spec);
        for (int len : new int[] {0, 1, 31, 32, 33, frame.length - 1, frame.length + 1}) {
            assertTrue(!tryRun(xml, java.util.Arrays.copyOf(frame, len)) || len == frame.length, "length " + len);
        }
    }

    private byte[] frameOf(UcamRunSpec spec) throws Exception {
        Path dir = tmp.resolve(Integer.toString(System.identityHashCode(spec)));
        UcamRunWriter.write(dir, "run", spec.withFrames(1), true);
        return Files.readAllBytes(dir.resolve("run.dat"));
    }

    /** @return true if the run opened and its frame decoded, false if a HipercamException refused it */
    private static boolean tryRun(String xml, byte[] frame) {
        ByteSource bytes = new ByteSource() {
            @Override public String name() { return "mutant"; }
            @Override public byte[] header() { return xml.getBytes(StandardCharsets.UTF_8); }
            @Override public int available(int frameSize) { return 1; }
            @Override public Poll<byte[]> frame(int number, int frameSize) {
                return number == 1 ? Poll.ready(frame, 1) : Poll.end();
            }
            @Override public void close() { }
        };
        MemoryRuns.serve("mutant", bytes);
        try (OpenedRun r = Runs.open("ultracam:memory", "mutant", SpoolOptions.defaults())) {
            Poll<Mccd> p = r.frames().read(1);
            return p instanceof Poll.Ready<Mccd>;
        } catch (HipercamException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "an error names what went wrong");
            return false;
        } catch (RuntimeException e) {
            fail("bad input escaped as " + e + "\n" + xml, e);
            return false;
        }
    }
}
