package io.github.hipercam.util;

import io.github.hipercam.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A map that keeps its most recently used entries, at most a given number:
 * the one bounded cache of the library (dated time stamps, timing words,
 * decoded frames). Not thread-safe; callers lock around it.
 *
 * <pre>{@code
 * Map<Integer, byte[]> words = Lru.of(4096);
 * }</pre>
 *
 * @param <K> key
 * @param <V> value
 */
public final class Lru<K, V> extends LinkedHashMap<K, V> {

    private static final long serialVersionUID = 1L;

    private int capacity;
    private final transient Consumer<V> onEvict;

    private Lru(int capacity, Consumer<V> onEvict) {
        super(16, 0.75f, true);
        this.capacity = check(capacity);
        this.onEvict = onEvict;
    }

    /**
     * @param <K> key
     * @param <V> value
     * @param capacity entries kept at most, 1 or more
     * @return an empty cache
     */
    public static <K, V> Lru<K, V> of(int capacity) {
        return new Lru<>(capacity, v -> { });
    }

    /**
     * @param <K> key
     * @param <V> value
     * @param capacity entries kept at most, 1 or more
     * @param onEvict told of each value dropped to keep the bound (to close it, say)
     * @return an empty cache
     */
    public static <K, V> Lru<K, V> of(int capacity, Consumer<V> onEvict) {
        return new Lru<>(capacity, onEvict);
    }

    /** @return entries kept at most */
    public int capacity() {
        return capacity;
    }

    /**
     * Changes the bound, dropping the least recently used entries beyond it.
     *
     * @param entries the new bound, 1 or more
     */
    public void resize(int entries) {
        capacity = check(entries);
        var it = entrySet().iterator();
        while (size() > capacity && it.hasNext()) {
            V dropped = it.next().getValue();
            it.remove();
            onEvict.accept(dropped);
        }
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        if (size() > capacity) {
            onEvict.accept(eldest.getValue());
            return true;
        }
        return false;
    }

    private static int check(int capacity) {
        if (capacity < 1) {
            throw new InvalidArgumentException("a cache must keep at least 1 entry, got " + capacity);
        }
        return capacity;
    }
}
