package io.github.hipercam.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hipercam.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LruTest {

    @Test
    void keepsTheMostRecentlyUsedAndToldOfWhatItDrops() {
        List<String> dropped = new ArrayList<>();
        Lru<Integer, String> lru = Lru.of(3, dropped::add);
        for (int i = 1; i <= 3; i++) {
            lru.put(i, "v" + i);
        }
        lru.get(1);
        lru.put(4, "v4");
        assertEquals(List.of(3, 1, 4), new ArrayList<>(lru.keySet()), "least recently used first; 2 dropped");
        assertEquals(List.of("v2"), dropped);
        lru.resize(1);
        assertEquals(List.of(4), new ArrayList<>(lru.keySet()));
        assertEquals(List.of("v2", "v3", "v1"), dropped);
        assertEquals(1, lru.capacity());
    }

    @Test
    void aCacheKeepsAtLeastOneEntry() {
        assertThrows(InvalidArgumentException.class, () -> Lru.of(0));
        Lru<Integer, Integer> lru = Lru.of(1);
        assertThrows(InvalidArgumentException.class, () -> lru.resize(0));
        lru.put(1, 1);
        lru.put(2, 2);
        assertEquals(1, lru.size());
    }
}
