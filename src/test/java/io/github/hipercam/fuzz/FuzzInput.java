package io.github.hipercam.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input: the files a user would hand the library (by file name), and how
 * they were made from a seed.
 *
 * @param seed name of the seed it was made from
 * @param mutation the mutations applied, in order
 * @param files file name to contents; the first is the one the target opens
 */
record FuzzInput(String seed, String mutation, Map<String, byte[]> files) {

    FuzzInput {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * @param seed seed name
     * @param name file name
     * @param bytes contents
     * @return a seed input of one file
     */
    static FuzzInput of(String seed, String name, byte[] bytes) {
        return new FuzzInput(seed, "", Map.of(name, bytes));
    }

    /** @return the name of the first file */
    String mainName() {
        return files.keySet().iterator().next();
    }

    /**
     * @param name a file name
     * @return its bytes
     */
    byte[] file(String name) {
        byte[] b = files.get(name);
        if (b == null) {
            throw new IllegalArgumentException("no file " + name + " in " + files.keySet());
        }
        return b;
    }

    /**
     * @param name file to replace
     * @param bytes new contents
     * @param what the mutation, for the record
     * @return a copy with that file changed
     */
    FuzzInput with(String name, byte[] bytes, String what) {
        Map<String, byte[]> m = new LinkedHashMap<>(files);
        m.put(name, bytes);
        return new FuzzInput(seed, mutation.isEmpty() ? what : mutation + "; " + what, m);
    }

    /** @return total bytes of all files */
    long size() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /**
     * @param dir folder to write every file into (created if needed)
     * @return dir
     */
    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
