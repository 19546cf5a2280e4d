package io.github.hipercam.source;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spi.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@link ByteSourceProvider}s registered through {@link java.util.ServiceLoader}. */
public final class ByteSources {

    private ByteSources() {
    }

    /**
     * @return the providers, by name, in class-path order; looked up afresh
     *     on each call so that plugins added later are seen
     */
    public static Map<String, ByteSourceProvider> all() {
        return Services.byName(ByteSourceProvider.class, ByteSourceProvider::name);
    }

    /**
     * @param name a provider's name
     * @return the provider
     * @throws InvalidArgumentException naming those that exist
     */
    public static ByteSourceProvider named(String name) {
        Map<String, ByteSourceProvider> all = all();
        ByteSourceProvider p = all.get(name);
        if (p == null) {
            throw new InvalidArgumentException("no byte source '" + name + "'; registered byte sources are "
                    + new ArrayList<>(all.keySet()));
        }
        return p;
    }

    /**
     * @param layout a layout
     * @param local true for a local provider, false for a server
     * @return the providers of that kind that deliver the layout, first registered first
     */
    public static List<ByteSourceProvider> delivering(Layout layout, boolean local) {
        return all().values().stream().filter(p -> p.local() == local && p.layouts().contains(layout)).toList();
    }
}
