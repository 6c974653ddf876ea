package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.app.design.MetalLbRenaming;
import io.peerplan.model.Cluster;
import io.peerplan.model.MetalLb;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A cluster's objects of one MetalLB kind ({@link MetalLbList}) by name, in the cluster's form:
 * Add creates a valid object with the next free name, editing a name renames it with every
 * reference ({@link MetalLbRenaming}), Remove refuses an object still referred to. Each object's
 * own fields are edited by selecting it (the outline lists it under the cluster).
 *
 * @param <E> the object's record
 */
final class MetalLbObjectsTable<E> implements TableSpec {
    private final String clusterId;
    private final MetalLbList<E> list;
    private final BiFunction<Topology, Cluster, E> fresh;

    /** @param fresh a new, valid object named {@code list.freeName(...)}; IllegalArgumentException says how to make one instead */
    MetalLbObjectsTable(String clusterId, MetalLbList<E> list, BiFunction<Topology, Cluster, E> fresh) {
        this.clusterId = clusterId;
        this.list = list;
        this.fresh = fresh;
    }

    @Override
    public List<Column> columns() {
        return List.of(new Column("Name", Column.Kind.TEXT, List.of(),
                "The " + list.crdKind() + "'s metadata.name; renaming it renames every reference in the cluster"));
    }

    @Override
    public String noun() {
        return list.crdKind();
    }

    @Override
    public List<List<String>> rows(Topology t) {
        return list.names(metallb(t)).stream().map(List::of).toList();
    }

    @Override
    public Topology setCell(Topology t, int row, int column, String text) {
        String from = name(t, row);
        return MetalLbRenaming.rename(t, list.key(clusterId, from), list, MetalLbObjectFields.objectName(text));
    }

    @Override
    public Topology add(Topology t) {
        Cluster c = cluster(t);
        return Elements.updateCluster(t, clusterId, x -> x.withMetallb(list.append(x.metallb(), fresh.apply(t, c))));
    }

    @Override
    public Topology remove(Topology t, int row) {
        String gone = name(t, row);
        List<String> uses = MetalLbRenaming.uses(t, clusterId, list, gone);
        if (!uses.isEmpty()) {
            throw new IllegalArgumentException(list.crdKind() + " '" + gone + "' is still used by " + String.join(", ", uses)
                    + ": change those first");
        }
        return Elements.updateCluster(t, clusterId, x -> x.withMetallb(list.without(x.metallb(), clusterId,
                java.util.Set.of(list.key(clusterId, gone)))));
    }

    @Override
    public Topology move(Topology t, int row, int delta) {
        List<E> items = new ArrayList<>(list.get().apply(metallb(t)));
        name(t, row);
        int to = row + delta;
        if (to < 0 || to >= items.size()) {
            throw new IllegalArgumentException("the " + list.crdKind() + " is already " + (delta < 0 ? "first" : "last"));
        }
        E moving = items.get(row);
        items.set(row, items.get(to));
        items.set(to, moving);
        return Elements.updateCluster(t, clusterId, x -> x.withMetallb(list.set().apply(x.metallb(), items)));
    }

    private String name(Topology t, int row) {
        List<String> names = list.names(metallb(t));
        if (row < 0 || row >= names.size()) {
            throw new IllegalArgumentException(list.crdKind() + " " + (row + 1) + " no longer exists");
        }
        return names.get(row);
    }

    private Cluster cluster(Topology t) {
        return (Cluster) Fields.element(t, clusterId);
    }

    private MetalLb metallb(Topology t) {
        return cluster(t).metallb();
    }
}
