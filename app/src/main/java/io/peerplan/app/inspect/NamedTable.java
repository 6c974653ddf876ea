package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.PolicyNames;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The names a router defines of one {@link PolicyNames.Kind}, as a one-column table: Add creates
 * the next free name ({@code prefix-list-1}), editing a name renames it with every reference to
 * it, Remove refuses a name still referred to (naming where), and the order is the config's order.
 * What each named thing holds is edited in its own section below the table.
 *
 * @param <E> the named record (PrefixList, RouteMap, PeerGroup, ...)
 */
final class NamedTable<E> implements TableSpec {
    private final String key;
    private final RouterNamed<E> named;
    private final PolicyNames.Kind kind;
    private final Function<String, E> fresh;

    /**
     * @param fresh a new, valid, empty record with the given name
     */
    NamedTable(String key, RouterNamed<E> named, Function<String, E> fresh) {
        this.key = key;
        this.named = named;
        this.kind = named.kind();
        this.fresh = fresh;
    }

    @Override
    public List<Column> columns() {
        return List.of(new Column("Name", Column.Kind.TEXT, List.of(),
                "The " + kind.words() + "'s name; renaming it renames every reference on this router"));
    }

    @Override
    public String noun() {
        return kind.words();
    }

    @Override
    public List<List<String>> rows(Topology t) {
        return list(t).stream().map(e -> List.of(named.name().apply(e))).toList();
    }

    @Override
    public Topology setCell(Topology t, int row, int column, String text) {
        List<E> list = new ArrayList<>(list(t));
        E old = row(list, row);
        String from = named.name().apply(old);
        String to = Parse.word(text, "a " + kind.words() + " name");
        if (to.equals(from)) {
            return t;
        }
        if (names(list).contains(to)) {
            throw new IllegalArgumentException("this router already has a " + kind.words() + " named '" + to + "'");
        }
        list.set(row, named.rename().apply(old, to));
        return PolicyNames.renameReferences(store(t, list), key, kind, from, to);
    }

    @Override
    public Topology add(Topology t) {
        List<E> list = new ArrayList<>(list(t));
        List<String> taken = names(list);
        String stem = kind.words().replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "-";
        int n = 1;
        while (taken.contains(stem + n)) {
            n++;
        }
        list.add(fresh.apply(stem + n));
        return store(t, list);
    }

    @Override
    public Topology remove(Topology t, int row) {
        List<E> list = new ArrayList<>(list(t));
        String gone = named.name().apply(row(list, row));
        List<String> uses = PolicyNames.uses(t, key, kind, gone);
        if (!uses.isEmpty()) {
            throw new IllegalArgumentException(kind.words() + " '" + gone + "' is still used by " + String.join(", ", uses)
                    + ": change those first");
        }
        list.remove(row);
        return store(t, list);
    }

    @Override
    public Topology move(Topology t, int row, int delta) {
        List<E> list = new ArrayList<>(list(t));
        E moving = row(list, row);
        int to = row + delta;
        if (to < 0 || to >= list.size()) {
            throw new IllegalArgumentException("the " + kind.words() + " is already " + (delta < 0 ? "first" : "last"));
        }
        list.set(row, list.get(to));
        list.set(to, moving);
        return store(t, list);
    }

    private List<E> list(Topology t) {
        return named.get().apply(Fields.<Router>typed(t, key));
    }

    private List<String> names(List<E> list) {
        return list.stream().map(named.name()).toList();
    }

    private E row(List<E> list, int row) {
        if (row < 0 || row >= list.size()) {
            throw new IllegalArgumentException(kind.words() + " " + (row + 1) + " no longer exists");
        }
        return list.get(row);
    }

    private Topology store(Topology t, List<E> list) {
        return Elements.replace(t, key, named.with().apply(Fields.typed(t, key), list));
    }
}
