package io.peerplan.model;

import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * The answer of a pure function for the last argument it was asked about, kept while that argument
 * (by identity, weakly held) is alive. A command asks the same question of one immutable topology
 * several times (load, then validate; import's write, then save), and a topology is a value that
 * cannot change under it.
 */
public final class LastAnswer<K, V> {
    private record Memo<K, V>(WeakReference<K> key, V value) {
    }

    private final Function<K, V> function;
    private volatile Memo<K, V> last;

    public LastAnswer(Function<K, V> function) {
        this.function = function;
    }

    public V of(K key) {
        Memo<K, V> memo = last;
        if (memo != null && memo.key().get() == key) {
            return memo.value();
        }
        V value = function.apply(key);
        last = new Memo<>(new WeakReference<>(key), value);
        return value;
    }
}
