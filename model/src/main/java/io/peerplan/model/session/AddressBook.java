package io.peerplan.model.session;

import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds each address: router and vantage interfaces and node addresses, built once in
 * O(addresses). Service IPs are not here: they are announced, not held by one host.
 */
public final class AddressBook {

    /**
     * One holder of an address.
     *
     * @param element the router, vantage or node id
     * @param what    a human description, e.g. "interface eth1 of gateway-alfa-unoone" or "node alfa-worker-1"
     */
    public record Holder(String element, String what) {
    }

    private final Map<Ip, List<Holder>> holders = new HashMap<>();

    public AddressBook(Topology t) {
        for (Router r : t.routers()) {
            for (Interface i : r.interfaces()) {
                if (i.address() != null) {
                    add(i.address().ip(), new Holder(r.id(), "interface " + i.name() + " of " + r.displayName()));
                }
            }
        }
        for (Vantage v : t.vantages()) {
            for (Interface i : v.interfaces()) {
                if (i.address() != null) {
                    add(i.address().ip(), new Holder(v.id(), "interface " + i.name() + " of " + v.displayName()));
                }
            }
        }
        for (Cluster c : t.clusters()) {
            for (Node n : c.nodes()) {
                if (n.address() != null) {
                    add(n.address(), new Holder(n.id(), "node " + n.name() + " of cluster " + c.displayName()));
                }
            }
        }
    }

    private void add(Ip ip, Holder h) {
        holders.computeIfAbsent(ip, k -> new ArrayList<>(1)).add(h);
    }

    /** The holders of this address; empty when nobody in the topology has it. */
    public List<Holder> holders(Ip ip) {
        return ip == null ? List.of() : holders.getOrDefault(ip, List.of());
    }

    /** True when the element (router, vantage or node id) holds the address. */
    public boolean holds(String element, Ip ip) {
        return holders(ip).stream().anyMatch(h -> h.element().equals(element));
    }

    /** Every address held by more than one interface or node. */
    public Map<Ip, List<Holder>> shared() {
        Map<Ip, List<Holder>> out = new HashMap<>();
        holders.forEach((ip, list) -> {
            if (list.size() > 1) {
                out.put(ip, list);
            }
        });
        return out;
    }
}
