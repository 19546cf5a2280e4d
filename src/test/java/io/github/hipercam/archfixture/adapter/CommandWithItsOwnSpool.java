package io.github.hipercam.archfixture.adapter;

import io.github.hipercam.model.Mccd;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.RunSpooler;
import io.github.hipercam.spool.Spooler;

/** A deliberately bad adapter: it builds a spool of its own instead of asking the opened run. */
public final class CommandWithItsOwnSpool {

    private CommandWithItsOwnSpool() {
    }

    /**
     * @param reader a reader
     * @return a spool
     */
    public static Spooler<Mccd> spool(RunReader<Mccd> reader) {
        return new RunSpooler<>(reader, 1);
    }
}
