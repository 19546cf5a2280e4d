package io.github.hipercam.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One format under test: its seeds, how to damage them, and how a user's
 * program reads the result.
 */
interface FuzzTarget extends AutoCloseable {

    /** @return the format's name, e.g. "hcm" */
    String format();

    /** @return the undamaged inputs, written by the project's own writers (deterministic) */
    List<FuzzInput> seeds();

    /**
     * @param in an input (a seed or an input already mutated)
     * @param r randomness
     * @return a copy with one more mutation
     */
    FuzzInput mutate(FuzzInput in, SplittableRandom r);

    /**
     * Writes the input's files into {@code dir} and reads them through the
     * public entry points. Returns if everything read normally.
     *
     * @param in the input
     * @param dir an empty folder of its own
     * @throws Exception whatever the library threw (a HipercamException for a domain error)
     */
    void run(FuzzInput in, Path dir) throws Exception;

    @Override
    default void close() {
    }
}
