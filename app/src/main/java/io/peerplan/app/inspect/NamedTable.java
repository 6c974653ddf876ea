package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.PolicyNames;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The names a router defines of one {@link PolicyNames.Kind}, as a one-column table: Add creates
 * the next free name ({@code prefix-list-1}), editing a name renames it with every reference to
 * it on the router ({@link PolicyNames#renameReferences}), Remove refuses a name still referred to,
 * and the order is the config's order.
 *
 * @param <E> the named record (PrefixList, RouteMap, PeerGroup, ...)
 */
final class NamedTable<E> extends NamesTable<E> {
    private final String key;
    private final RouterNamed<E> named;
    private final PolicyNames.Kind kind;
    private final Function<String, E> fresh;

    /**
     * @param fresh a new, valid, empty record with the given name
     */
    NamedTable(String key, RouterNamed<E> named, Function<String, E> fresh) {
        super(named.kind().words(), "The " + named.kind().words() + "'s name; renaming it renames every reference on this router");
        this.key = key;
        this.named = named;
        this.kind = named.kind();
        this.fresh = fresh;
    }

    @Override
    List<E> items(Topology t) {
        return named.get().apply(Fields.<Router>typed(t, key));
    }

    @Override
    String nameOf(E item) {
        return named.name().apply(item);
    }

    @Override
    Topology reorder(Topology t, List<E> items) {
        return Elements.replace(t, key, named.with().apply(Fields.typed(t, key), items));
    }

    @Override
    Topology rename(Topology t, String from, String text) {
        String to = Parse.word(text, "a " + kind.words() + " name");
        if (to.equals(from)) {
            return t;
        }
        if (names(t).contains(to)) {
            throw new IllegalArgumentException("this router already has a " + kind.words() + " named '" + to + "'");
        }
        Topology renamed = named.update(t, key, from, e -> named.rename().apply(e, to));
        return PolicyNames.renameReferences(renamed, key, kind, from, to);
    }

    @Override
    List<String> uses(Topology t, String name) {
        return PolicyNames.uses(t, key, kind, name);
    }

    @Override
    Topology without(Topology t, int row, String name) {
        List<E> list = new ArrayList<>(items(t));
        list.remove(row);
        return reorder(t, list);
    }

    @Override
    public Topology add(Topology t) {
        List<String> taken = names(t);
        String stem = kind.words().replace(' ', '-').toLowerCase(Locale.ROOT) + "-";
        int n = 1;
        while (taken.contains(stem + n)) {
            n++;
        }
        List<E> list = new ArrayList<>(items(t));
        list.add(fresh.apply(stem + n));
        return reorder(t, list);
    }
}
