package io.github.hipercam.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Looks up services with {@link ServiceLoader}, in this library's class loader
 * and then in the thread's context class loader (where ImageJ puts plugins).
 */
public final class Services {

    private Services() {
    }

    /**
     * @param <S> the service type
     * @param type the service interface
     * @param name a service's name; the first registered under a name wins
     * @return the services by name, in class-path order
     */
    public static <S> Map<String, S> byName(Class<S> type, Function<S, String> name) {
        Map<String, S> out = new LinkedHashMap<>();
        ClassLoader own = Services.class.getClassLoader();
        for (S s : ServiceLoader.load(type, own)) {
            out.putIfAbsent(name.apply(s), s);
        }
        ClassLoader ctx = Thread.currentThread().getContextClassLoader();
        if (ctx != null && ctx != own) {
            for (S s : ServiceLoader.load(type, ctx)) {
                out.putIfAbsent(name.apply(s), s);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
