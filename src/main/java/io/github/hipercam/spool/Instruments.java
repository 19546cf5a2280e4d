package io.github.hipercam.spool;

import io.github.hipercam.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The instruments registered through {@link ServiceLoader}. */
public final class Instruments {

    private Instruments() {
    }

    /**
     * @return instruments by name, in the order the class path lists them;
     *     looked up afresh on each call so that plugins added later are seen
     */
    public static Map<String, Instrument> all() {
        Map<String, Instrument> out = new LinkedHashMap<>();
        ClassLoader cl = Instruments.class.getClassLoader();
        for (Instrument i : ServiceLoader.load(Instrument.class, cl)) {
            out.putIfAbsent(i.name(), i);
        }
        ClassLoader ctx = Thread.currentThread().getContextClassLoader();
        if (ctx != null && ctx != cl) {
            for (Instrument i : ServiceLoader.load(Instrument.class, ctx)) {
                out.putIfAbsent(i.name(), i);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param name instrument name
     * @return the instrument
     * @throws InvalidArgumentException naming the instruments that exist
     */
    public static Instrument get(String name) {
        Map<String, Instrument> all = all();
        Instrument i = all.get(name);
        if (i == null) {
            throw new InvalidArgumentException("unknown instrument '" + name
                    + "'; registered instruments are " + new ArrayList<>(all.keySet()));
        }
        return i;
    }

    /** @return the registered names */
    public static List<String> names() {
        return List.copyOf(all().keySet());
    }
}
