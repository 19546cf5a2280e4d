package io.github.hipercam.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Regenerates the bundled sample data. */
public final class Synth {

    private Synth() {
    }

    /**
     * Writes every sample of {@code testdata/} below a folder.
     *
     * @param root the folder, normally {@code testdata}
     * @param overwrite replace existing files
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeSamples(Path root, boolean overwrite) throws IOException {
        List<Path> out = new ArrayList<>(SynthHcm.writeList(root.resolve("hcm"), 5, 3, overwrite));
        out.addAll(HcamSamples.write(root.resolve("hcam"), overwrite));
        out.addAll(UcamRunWriter.writeSamples(root.resolve("ucam"), overwrite));
        return out;
    }
}
