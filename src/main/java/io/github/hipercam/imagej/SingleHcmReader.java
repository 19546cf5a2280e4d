package io.github.hipercam.imagej;

import io.github.hipercam.hcm.Hcm;
import io.github.hipercam.model.Ccd;
import io.github.hipercam.model.Frame;
import io.github.hipercam.model.Header;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import java.nio.file.Path;
import java.util.Map;

/**
 * One {@code .hcm} file as a run of one frame, so that a single file opens
 * with the same stacks, labels and commands as a run. A CCD file becomes an
 * MCCD of one CCD under the given label.
 */
final class SingleHcmReader implements RunReader<Mccd> {

    private final Path path;
    private final String ccdLabel;

    /**
     * @param path the file
     * @param ccdLabel the label for the CCD of a single-CCD file
     */
    SingleHcmReader(Path path, String ccdLabel) {
        this.path = path;
        this.ccdLabel = ccdLabel;
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public int available() {
        return 1;
    }

    @Override
    public Poll<Mccd> read(int number) {
        if (number != 1) {
            return Poll.end();
        }
        Frame f = Hcm.read(path);
        Mccd m = f instanceof Mccd mccd ? mccd : new Mccd(Map.of(ccdLabel, (Ccd) f), Header.empty());
        return Poll.ready(m, 1);
    }

    @Override
    public void close() {
        // the file is opened and closed by each read
    }
}
