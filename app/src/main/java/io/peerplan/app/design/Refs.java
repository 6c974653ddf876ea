package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Service;
import java.util.List;

/**
 * Selection keys. Elements with a topology-wide id are keyed by that id; a pool is
 * {@code CLUSTER/pool/NAME}, a service {@code CLUSTER/service/NAMESPACE/NAME}, and a BGPPeer,
 * BGPAdvertisement, Community or BFDProfile {@code CLUSTER/bgppeer/NAME} and so on ({@link MetalLbList#key}). Ids cannot hold
 * a '/' (the project format's id pattern), so the two forms never collide.
 */
public final class Refs {
    private Refs() {
    }

    public static String pool(String clusterId, AddressPool pool) {
        return pool(clusterId, pool.name());
    }

    public static String pool(String clusterId, String poolName) {
        return clusterId + "/pool/" + poolName;
    }

    public static String service(String clusterId, Service service) {
        return clusterId + "/service/" + service.effectiveNamespace() + "/" + service.name();
    }

    /** True when the key names a pool or a service rather than an id-bearing element. */
    public static boolean isNested(String key) {
        return key.indexOf('/') >= 0;
    }

    /** The cluster id of a nested key. */
    public static String cluster(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    /** The parts of a nested key: [cluster, "pool", name] or [cluster, "service", namespace, name]. */
    public static List<String> parts(String key) {
        return List.of(key.split("/", -1));
    }
}
