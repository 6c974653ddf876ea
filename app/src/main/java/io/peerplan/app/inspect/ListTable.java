package io.peerplan.app.inspect;

import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@link TableSpec} over one list of records in the topology: the list is read and written
 * whole, and each column reads one cell from a row record and writes a text back into a copy of
 * it. Built fluently: {@code ListTable.of(...).text(...).choice(...).unique(...)}.
 *
 * <p>A table whose rows carry sequence numbers ({@link #sequenced}) keeps its rows in sequence
 * order, as FRR evaluates them: moving a row swaps its number with its neighbour's, so the order
 * on screen is the order of evaluation.
 *
 * @param <E> the row record
 */
public final class ListTable<E> implements TableSpec {

    /** Writes one cell: a copy of the row with the text applied; IllegalArgumentException refuses it. */
    @FunctionalInterface
    public interface CellWriter<E> {
        E write(Topology t, E row, String text);
    }

    private record Cell<E>(Function<E, String> read, CellWriter<E> write) {
    }

    private final String noun;
    private final Function<Topology, List<E>> get;
    private final BiFunction<Topology, List<E>, Topology> set;
    private final BiFunction<Topology, List<E>, E> fresh;
    private final List<Column> columns = new ArrayList<>();
    private final List<Cell<E>> cells = new ArrayList<>();
    private final List<Uniqueness<E>> unique = new ArrayList<>();
    private Function<E, Integer> seq;
    private BiFunction<E, Integer, E> withSeq;

    private record Uniqueness<E>(String what, Function<E, ?> key) {
    }

    private ListTable(String noun, Function<Topology, List<E>> get, BiFunction<Topology, List<E>, Topology> set,
            BiFunction<Topology, List<E>, E> fresh) {
        this.noun = noun;
        this.get = get;
        this.set = set;
        this.fresh = fresh;
    }

    /**
     * @param get   the list as the topology holds it
     * @param set   the topology with the list replaced
     * @param fresh a new, valid row to append, given the rows already there
     */
    public static <E> ListTable<E> of(String noun, Function<Topology, List<E>> get,
            BiFunction<Topology, List<E>, Topology> set, BiFunction<Topology, List<E>, E> fresh) {
        return new ListTable<>(noun, get, set, fresh);
    }

    public ListTable<E> text(String header, String help, Function<E, ?> read, CellWriter<E> write) {
        return column(new Column(header, Column.Kind.TEXT, List.of(), help), read, write);
    }

    public ListTable<E> check(String header, String help, Predicate<E> read, BiFunction<E, Boolean, E> write) {
        return column(new Column(header, Column.Kind.CHECK, List.of(), help), e -> Boolean.toString(read.test(e)),
                (t, e, s) -> write.apply(e, Boolean.parseBoolean(s)));
    }

    public ListTable<E> choice(String header, List<String> choices, String help, Function<E, ?> read,
            CellWriter<E> write) {
        return column(new Column(header, Column.Kind.CHOICE, choices, help), read, (t, e, s) -> {
            if (!choices.contains(s == null ? "" : s)) {
                throw new IllegalArgumentException("'" + s + "' is not one of " + choices);
            }
            return write.write(t, e, s);
        });
    }

    /** No two rows may have the same key; {@code what} names it in the refusal ("name", "prefix"). */
    public ListTable<E> unique(String what, Function<E, ?> key) {
        unique.add(new Uniqueness<>(what, key));
        return this;
    }

    /** Rows carry sequence numbers: kept in their order, unique, and swapped by a move. */
    public ListTable<E> sequenced(Function<E, Integer> seq, BiFunction<E, Integer, E> withSeq) {
        this.seq = seq;
        this.withSeq = withSeq;
        return unique("sequence number", seq);
    }

    private ListTable<E> column(Column column, Function<E, ?> read, CellWriter<E> write) {
        columns.add(column);
        cells.add(new Cell<>(e -> Parse.text(read.apply(e)), write));
        return this;
    }

    @Override
    public List<Column> columns() {
        return List.copyOf(columns);
    }

    @Override
    public String noun() {
        return noun;
    }

    @Override
    public List<List<String>> rows(Topology t) {
        return get.apply(t).stream().map(e -> cells.stream().map(c -> c.read().apply(e)).toList()).toList();
    }

    @Override
    public Topology setCell(Topology t, int row, int column, String text) {
        List<E> list = new ArrayList<>(get.apply(t));
        E old = row(list, row);
        E next = cells.get(column).write().write(t, old, text);
        list.set(row, next);
        if (seq != null && !Objects.equals(seq.apply(old), seq.apply(next))) {
            list.sort(Comparator.comparing(seq));
        }
        return store(t, list);
    }

    @Override
    public Topology add(Topology t) {
        List<E> list = new ArrayList<>(get.apply(t));
        list.add(fresh.apply(t, List.copyOf(list)));
        return store(t, list);
    }

    @Override
    public Topology remove(Topology t, int row) {
        List<E> list = new ArrayList<>(get.apply(t));
        row(list, row);
        list.remove(row);
        return set.apply(t, list);
    }

    @Override
    public Topology move(Topology t, int row, int delta) {
        List<E> list = new ArrayList<>(get.apply(t));
        E moving = row(list, row);
        int to = row + delta;
        if (to < 0 || to >= list.size()) {
            throw new IllegalArgumentException("the " + noun + " is already " + (delta < 0 ? "first" : "last"));
        }
        E other = list.get(to);
        if (seq != null) {
            // The order is the sequence numbers' order: the two rows trade numbers, then places.
            list.set(to, withSeq.apply(moving, seq.apply(other)));
            list.set(row, withSeq.apply(other, seq.apply(moving)));
        } else {
            list.set(to, moving);
            list.set(row, other);
        }
        return set.apply(t, list);
    }

    private E row(List<E> list, int row) {
        if (row < 0 || row >= list.size()) {
            throw new IllegalArgumentException(noun + " " + (row + 1) + " no longer exists");
        }
        return list.get(row);
    }

    private Topology store(Topology t, List<E> list) {
        for (Uniqueness<E> u : unique) {
            Set<Object> seen = new HashSet<>();
            for (E e : list) {
                Object k = u.key().apply(e);
                if (k != null && !seen.add(k)) {
                    throw new IllegalArgumentException("another " + noun + " already has " + u.what() + " " + k);
                }
            }
        }
        return set.apply(t, list);
    }

    /**
     * The next free sequence number after the rows': FRR's own rule for an entry written without
     * one (lib/plist.c prefix_new_seq_get: the highest number rounded down to a multiple of 5, plus 5).
     */
    public static int nextSeq(List<Integer> taken) {
        int max = taken.stream().mapToInt(Integer::intValue).max().orElse(0);
        return max / 5 * 5 + 5;
    }
}
