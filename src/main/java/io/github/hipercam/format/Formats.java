package io.github.hipercam.format;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.spi.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@link RunFormat}s registered through {@link java.util.ServiceLoader}. */
public final class Formats {

    private Formats() {
    }

    /** @return the formats by name, in class-path order, looked up afresh on each call */
    @SuppressWarnings("rawtypes")
    public static Map<String, RunFormat> all() {
        return Services.byName(RunFormat.class, RunFormat::name);
    }

    /**
     * @param name a format's name
     * @return the format
     * @throws InvalidArgumentException naming those that exist
     */
    public static RunFormat<?> named(String name) {
        Map<String, RunFormat> all = all();
        RunFormat<?> f = all.get(name);
        if (f == null) {
            throw new InvalidArgumentException("unknown instrument '" + name + "'; registered instruments are "
                    + new ArrayList<>(all.keySet()));
        }
        return f;
    }

    /** @return the registered names */
    public static List<String> names() {
        return List.copyOf(all().keySet());
    }
}
