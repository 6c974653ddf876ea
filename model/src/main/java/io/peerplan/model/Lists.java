package io.peerplan.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Null-safe immutable copies, so that every record holds empty collections rather than null. */
public final class Lists {
    private Lists() {
    }

    /** An immutable copy; null becomes the empty list. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An immutable copy sorted by key, so that saved files have a stable key order; null becomes empty. */
    public static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return map == null || map.isEmpty()
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
