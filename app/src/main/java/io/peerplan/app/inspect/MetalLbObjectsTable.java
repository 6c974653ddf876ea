package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.app.design.MetalLbRenaming;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A cluster's objects of one MetalLB kind ({@link MetalLbList}) by name, in the cluster's form:
 * Add creates a valid object with the next free name, editing a name renames it with every
 * reference ({@link MetalLbRenaming}), Remove refuses an object still referred to. Each object's
 * own fields are edited by selecting it (the outline lists it under the cluster).
 *
 * @param <E> the object's record
 */
final class MetalLbObjectsTable<E> extends NamesTable<E> {
    private final String clusterId;
    private final MetalLbList<E> list;
    private final BiFunction<Topology, Cluster, E> fresh;

    /** @param fresh a new, valid object named {@code list.freeName(...)}; IllegalArgumentException says how to make one instead */
    MetalLbObjectsTable(String clusterId, MetalLbList<E> list, BiFunction<Topology, Cluster, E> fresh) {
        super(list.crdKind(), "The " + list.crdKind() + "'s metadata.name; renaming it renames every reference in the cluster");
        this.clusterId = clusterId;
        this.list = list;
        this.fresh = fresh;
    }

    @Override
    List<E> items(Topology t) {
        return list.get().apply(cluster(t).metallb());
    }

    @Override
    String nameOf(E item) {
        return list.name().apply(item);
    }

    @Override
    Topology reorder(Topology t, List<E> items) {
        return Elements.updateCluster(t, clusterId, x -> x.withMetallb(list.set().apply(x.metallb(), items)));
    }

    @Override
    Topology rename(Topology t, String from, String text) {
        return MetalLbRenaming.rename(t, list.key(clusterId, from), list, MetalLbObjectFields.objectName(text));
    }

    @Override
    List<String> uses(Topology t, String name) {
        return MetalLbRenaming.uses(t, clusterId, list, name);
    }

    @Override
    Topology without(Topology t, int row, String name) {
        return Elements.updateCluster(t, clusterId, x -> x.withMetallb(list.without(x.metallb(), clusterId,
                Set.of(list.key(clusterId, name)))));
    }

    @Override
    public Topology add(Topology t) {
        Cluster c = cluster(t);
        return Elements.updateCluster(t, clusterId, x -> x.withMetallb(list.append(x.metallb(), fresh.apply(t, c))));
    }

    private Cluster cluster(Topology t) {
        return (Cluster) Fields.element(t, clusterId);
    }
}
