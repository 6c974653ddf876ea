package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.Records;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A peering's fields: each end holds its own settings, as the two real configs would (a router
 * end's neighbor statement, a cluster end's MetalLB BGPPeer), so the form shows them side by side
 * and a mismatch is visible, and reported by the validator, rather than impossible.
 */
final class PeeringFields {
    private PeeringFields() {
    }

    static List<FieldSpec> of(Topology t, String key) {
        Peering p = (Peering) Fields.element(t, key);
        List<FieldSpec> out = new ArrayList<>();
        out.add(Fields.id(key, "Peering"));
        out.add(Fields.text(key, "Peering", "Description", "description", Parse::optional, null));
        out.addAll(end(t, key, p.a(), true));
        out.addAll(end(t, key, p.b(), false));
        return out;
    }

    private static List<FieldSpec> end(Topology t, String key, Peering.End end, boolean a) {
        TopologyIndex index = new TopologyIndex(t);
        String section = (a ? "End A: " : "End B: ") + index.displayName(end.element());
        if (end.isCluster()) {
            return clusterEnd(index.cluster(end.element()).orElseThrow(), key, a, section);
        }
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.text(section, "Peer address", "neighbor ADDRESS: the other end's address",
                tt -> Parse.text(end(tt, key, a).peerAddress()),
                (tt, s) -> updateEnd(tt, key, a, e -> new Peering.End(e.element(), Parse.ip(s), e.listenRange(), e.config(),
                        e.bgpPeer()))));
        out.add(FieldSpec.check(section, "Listen range", "Accept the sessions through bgp listen range instead of a neighbor",
                tt -> Boolean.toString(end(tt, key, a).listenRange()),
                (tt, s) -> updateEnd(tt, key, a, e -> new Peering.End(e.element(), e.peerAddress(), Boolean.parseBoolean(s),
                        e.config(), e.bgpPeer()))));
        out.add(config(section, key, a, "Remote AS", "remoteAs", PeeringFields::remoteAs,
                "A number, or FRR's internal / external"));
        out.add(config(section, key, a, "Local AS", "localAs", Parse::asnNumber, "neighbor … local-as"));
        out.add(config(section, key, a, "Peer group", "peerGroup", Parse::optional, null));
        out.add(config(section, key, a, "Update source", "updateSource", Parse::optional, "Interface or address"));
        out.add(config(section, key, a, "eBGP multihop", "ebgpMultihop", s -> Parse.integer(s, 1, 255, "TTL"),
                "Needed when the peers share no subnet"));
        out.add(triConfig(section, key, a, "BFD", "bfd"));
        out.add(config(section, key, a, "BFD profile", "bfdProfile", Parse::optional, null));
        out.add(config(section, key, a, "Password secret", "passwordRef", Parse::optional,
                "Name of the secret holding the TCP-MD5 password (never the password)"));
        out.add(config(section, key, a, "Prefix-list in", "prefixListIn", Parse::optional, null));
        out.add(config(section, key, a, "Prefix-list out", "prefixListOut", Parse::optional, null));
        out.add(config(section, key, a, "Route-map in", "routeMapIn", Parse::optional, null));
        out.add(config(section, key, a, "Route-map out", "routeMapOut", Parse::optional, null));
        out.add(triConfig(section, key, a, "Default originate", "defaultOriginate"));
        return out;
    }

    private static List<FieldSpec> clusterEnd(Cluster cluster, String key, boolean a, String section) {
        List<String> peers = cluster.metallb().peers().stream().map(BgpPeer::name).toList();
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.choice(section, "BGPPeer", peers, "The MetalLB BGPPeer that stands for this cluster's speakers",
                tt -> end(tt, key, a).bgpPeer(),
                (tt, s) -> updateEnd(tt, key, a, e -> Peering.End.cluster(e.element(), Parse.required(s, "a BGPPeer")))));
        out.add(peer(section, key, a, "My ASN", "myASN", Parse::asnNumber));
        out.add(peer(section, key, a, "Peer ASN", "peerASN", Parse::asnNumber));
        out.add(peer(section, key, a, "Peer address", "peerAddress", s -> {
            var ip = Parse.ip(s);
            return ip == null ? null : ip.toString();
        }));
        out.add(peer(section, key, a, "BFD profile", "bfdProfile", Parse::optional));
        out.add(FieldSpec.choice(section, "eBGP multihop", Parse.TRI, null,
                tt -> Parse.tri(bgpPeer(tt, key, a).ebgpMultiHop()),
                (tt, s) -> updatePeer(tt, key, a, "ebgpMultiHop", Parse.tri(s))));
        out.add(peer(section, key, a, "Hold time", "holdTime", Parse::optional));
        out.add(peer(section, key, a, "Keepalive time", "keepaliveTime", Parse::optional));
        return out;
    }

    private static FieldSpec config(String section, String key, boolean a, String label, String component,
            Function<String, Object> parse, String help) {
        return FieldSpec.text(section, label, help, tt -> Fields.format(Records.get(end(tt, key, a).config(), component)),
                (tt, s) -> updateEnd(tt, key, a, e -> withConfig(e, Records.with(e.config(), component, parse.apply(s)))));
    }

    private static FieldSpec triConfig(String section, String key, boolean a, String label, String component) {
        return FieldSpec.choice(section, label, Parse.TRI, null,
                tt -> Parse.tri((Boolean) Records.get(end(tt, key, a).config(), component)),
                (tt, s) -> updateEnd(tt, key, a, e -> withConfig(e, Records.with(e.config(), component, Parse.tri(s)))));
    }

    private static FieldSpec peer(String section, String key, boolean a, String label, String component,
            Function<String, Object> parse) {
        return FieldSpec.text(section, label, "BGPPeer " + component,
                tt -> Fields.format(Records.get(bgpPeer(tt, key, a), component)),
                (tt, s) -> updatePeer(tt, key, a, component, parse.apply(s)));
    }

    private static Object remoteAs(String s) {
        String v = Parse.optional(s);
        if (v == null || v.equals("internal") || v.equals("external")) {
            return v;
        }
        return String.valueOf(Parse.asnNumber(v));
    }

    private static Peering.End withConfig(Peering.End e, NeighborConfig c) {
        return new Peering.End(e.element(), e.peerAddress(), e.listenRange(), c, e.bgpPeer());
    }

    private static Peering.End end(Topology t, String key, boolean a) {
        Peering p = (Peering) Fields.element(t, key);
        return a ? p.a() : p.b();
    }

    private static Topology updateEnd(Topology t, String key, boolean a, UnaryOperator<Peering.End> change) {
        Peering p = (Peering) Fields.element(t, key);
        Peering next = a ? new Peering(p.id(), change.apply(p.a()), p.b(), p.description())
                : new Peering(p.id(), p.a(), change.apply(p.b()), p.description());
        return Elements.replace(t, key, next);
    }

    private static BgpPeer bgpPeer(Topology t, String key, boolean a) {
        Peering.End e = end(t, key, a);
        Cluster c = new TopologyIndex(t).cluster(e.element()).orElseThrow();
        return c.metallb().peer(e.bgpPeer())
                .orElseThrow(() -> new IllegalArgumentException("cluster '" + c.id() + "' has no BGPPeer '" + e.bgpPeer() + "'"));
    }

    private static Topology updatePeer(Topology t, String key, boolean a, String component, Object value) {
        Peering.End e = end(t, key, a);
        BgpPeer old = bgpPeer(t, key, a);
        BgpPeer next = Records.with(old, component, value);
        return Elements.updateCluster(t, e.element(), c -> Elements.withMetalLb(c, Records.with(c.metallb(), "peers",
                Elements.swap(c.metallb().peers(), old, next))));
    }
}
