package io.peerplan.app.design;

import io.peerplan.icons.ElementIcon;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a cluster card: its nodes, pools and services, each a selectable line. Long lists are
 * cut with a "… N more" row so that a 40-node cluster of the scale topology stays a readable card
 * (the outline tree lists everything).
 */
public final class ClusterRows {
    public static final int MAX_NODES = 8;
    public static final int MAX_POOLS = 3;
    public static final int MAX_SERVICES = 5;

    /**
     * One line of a cluster card.
     *
     * @param key    the selection key of the node, pool or service; the cluster's own id for a "more" row
     * @param icon   the row's icon, null for a "more" row
     * @param label  the name
     * @param detail addresses
     */
    public record Row(String key, ElementIcon icon, String label, String detail, boolean speaker) {
    }

    private ClusterRows() {
    }

    public static List<Row> of(Cluster c) {
        List<Row> rows = new ArrayList<>();
        List<Node> nodes = c.nodes();
        for (int i = 0; i < Math.min(nodes.size(), MAX_NODES); i++) {
            Node n = nodes.get(i);
            rows.add(new Row(n.id(), ElementIcon.NODE, n.name(), n.address() == null ? "" : n.address().toString(),
                    n.isSpeaker()));
        }
        more(rows, c, nodes.size() - MAX_NODES, "nodes");
        List<AddressPool> pools = c.metallb().pools();
        for (int i = 0; i < Math.min(pools.size(), MAX_POOLS); i++) {
            AddressPool p = pools.get(i);
            rows.add(new Row(Refs.pool(c.id(), p), ElementIcon.POOL, p.name(), String.join(", ", p.addresses()), true));
        }
        more(rows, c, pools.size() - MAX_POOLS, "pools");
        List<Service> services = c.services();
        for (int i = 0; i < Math.min(services.size(), MAX_SERVICES); i++) {
            Service s = services.get(i);
            rows.add(new Row(Refs.service(c.id(), s), ElementIcon.SERVICE, s.name(), String.join(", ", s.ips()), true));
        }
        more(rows, c, services.size() - MAX_SERVICES, "services");
        return rows;
    }

    /** How many rows {@link #of} returns, without building them (used for every card on every rebuild). */
    public static int count(Cluster c) {
        return capped(c.nodes().size(), MAX_NODES) + capped(c.metallb().pools().size(), MAX_POOLS)
                + capped(c.services().size(), MAX_SERVICES);
    }

    private static int capped(int n, int max) {
        return n > max ? max + 1 : n;
    }

    private static void more(List<Row> rows, Cluster c, int hidden, String what) {
        if (hidden > 0) {
            rows.add(new Row(c.id(), null, "… " + hidden + " more " + what, "", true));
        }
    }
}
