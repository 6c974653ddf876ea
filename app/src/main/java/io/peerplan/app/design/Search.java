package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Region;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Find: every element whose id, name, address or ASN contains the query (case-insensitive). "AS
 * 64859", "as64859" and "64859" find the same routers. A pure function of the topology; it reads
 * each element once, so a 5,000-element design takes a few milliseconds.
 */
public final class Search {
    /** One element found: its key (what selection and reveal take), what it is, and the text that matched. */
    public record Match(String key, String kind, String label, String matched) {
        @Override
        public String toString() {
            return label;
        }
    }

    private Search() {
    }

    public static List<Match> find(Topology t, String query, int limit) {
        String q = normalise(query);
        List<Match> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (Region r : t.regions()) {
            add(out, q, r.id(), "region", name(r.name(), r.id()), r.id(), r.name(), r.site(), r.location());
        }
        for (Router r : t.routers()) {
            add(out, q, r.id(), "router", r.displayName(), concat(Stream.of(r.id(), r.name(), asn(r.asn()), str(r.routerId())),
                    addresses(r.interfaces())));
        }
        for (Vantage v : t.vantages()) {
            add(out, q, v.id(), "vantage", v.displayName(), concat(Stream.of(v.id(), v.name(), asn(v.asn()), str(v.routerId())),
                    addresses(v.interfaces())));
        }
        for (Cluster c : t.clusters()) {
            add(out, q, c.id(), "cluster", c.displayName(), c.id(), c.name(), c.namespace());
            for (Node n : c.nodes()) {
                add(out, q, n.id(), "node", n.name() + " in " + c.displayName(), n.id(), n.name(), str(n.address()));
            }
            for (AddressPool p : c.metallb().pools()) {
                add(out, q, Refs.pool(c.id(), p), "pool", p.name() + " in " + c.displayName(),
                        concat(Stream.of(p.name()), p.addresses().stream()));
            }
            for (Service s : c.services()) {
                add(out, q, Refs.service(c.id(), s), "service", s.name() + " in " + c.displayName(),
                        concat(Stream.of(s.name()), s.ips().stream()));
            }
        }
        for (Network n : t.networks()) {
            add(out, q, n.id(), "network", name(n.name(), n.id()), n.id(), n.name(), str(n.cidr()));
        }
        for (Peering p : t.peerings()) {
            add(out, q, p.id(), "peering", p.id(), p.id(), p.a().element() + " - " + p.b().element());
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static void add(List<Match> out, String q, String key, String kind, String label, String... facets) {
        add(out, q, key, kind, label, Stream.of(facets));
    }

    private static void add(List<Match> out, String q, String key, String kind, String label, Stream<String> facets) {
        facets.filter(Objects::nonNull).filter(f -> normalise(f).contains(q)).findFirst()
                .ifPresent(f -> out.add(new Match(key, kind, label, f)));
    }

    /** Lower case, and "AS 64859" / "AS64859" as "64859", so any way of writing an ASN matches. */
    static String normalise(String s) {
        String l = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return l.matches("as\\s*\\d+") ? l.replaceAll("\\D", "") : l;
    }

    private static String asn(Object asn) {
        return asn == null ? null : "AS " + asn.toString().replaceAll("\\D", "");
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Stream<String> addresses(List<Interface> interfaces) {
        return interfaces.stream().map(i -> str(i.address()));
    }

    private static Stream<String> concat(Stream<String> a, Stream<String> b) {
        return Stream.concat(a, b);
    }

    private static String name(String name, String id) {
        return name != null ? name : id;
    }
}
