package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
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
        out.add(Fields.text(key, "Peering", "Description", Peering::description, Peering::withDescription,
                Parse::freeText, null));
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
                (tt, s) -> updateEnd(tt, key, a, e -> e.withPeerAddress(Parse.ip(s)))));
        out.add(FieldSpec.check(section, "Listen range", "Accept the sessions through bgp listen range instead of a neighbor",
                tt -> Boolean.toString(end(tt, key, a).listenRange()),
                (tt, s) -> updateEnd(tt, key, a, e -> e.withListenRange(Boolean.parseBoolean(s)))));
        out.addAll(NeighborFields.of(section, t, end.element(), new NeighborFields.Access(tt -> end(tt, key, a).config(),
                (tt, change) -> updateEnd(tt, key, a, e -> e.withConfig(change.apply(e.config())))), true));
        return out;
    }

    private static List<FieldSpec> clusterEnd(Cluster cluster, String key, boolean a, String section) {
        List<String> peers = cluster.metallb().peers().stream().map(BgpPeer::name).toList();
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.choice(section, "BGPPeer", peers, "The MetalLB BGPPeer that stands for this cluster's speakers",
                tt -> end(tt, key, a).bgpPeer(),
                (tt, s) -> updateEnd(tt, key, a, e -> Peering.End.cluster(e.element(), Parse.oneOf(s, peers, "a BGPPeer")))));
        out.add(peer(section, key, a, "My ASN", "myASN", BgpPeer::myASN, BgpPeer::withMyASN, Parse::asnNumber));
        out.add(peer(section, key, a, "Peer ASN", "peerASN", BgpPeer::peerASN, BgpPeer::withPeerASN, Parse::asnNumber));
        out.add(peer(section, key, a, "Peer address", "peerAddress", BgpPeer::peerAddress, BgpPeer::withPeerAddress,
                s -> {
                    var ip = Parse.ip(s);
                    return ip == null ? null : ip.toString();
                }));
        out.add(peer(section, key, a, "BFD profile", "bfdProfile", BgpPeer::bfdProfile, BgpPeer::withBfdProfile,
                Parse::optional));
        out.add(FieldSpec.choice(section, "eBGP multihop", Parse.TRI, null,
                tt -> Parse.tri(bgpPeer(tt, key, a).ebgpMultiHop()),
                (tt, s) -> updatePeer(tt, key, a, p -> p.withEbgpMultiHop(Parse.tri(s)))));
        out.add(peer(section, key, a, "Hold time", "holdTime", BgpPeer::holdTime, BgpPeer::withHoldTime,
                Parse::optional));
        out.add(peer(section, key, a, "Keepalive time", "keepaliveTime", BgpPeer::keepaliveTime,
                BgpPeer::withKeepaliveTime, Parse::optional));
        return out;
    }

    /** A BGPPeer field; the help names the CRD field ({@code spec.holdTime}) as MetalLB's docs do. */
    private static <V> FieldSpec peer(String section, String key, boolean a, String label, String crdField,
            Function<BgpPeer, V> get, BiFunction<BgpPeer, V, BgpPeer> with, Function<String, V> parse) {
        return FieldSpec.text(section, label, "BGPPeer " + crdField,
                tt -> Fields.format(get.apply(bgpPeer(tt, key, a))),
                (tt, s) -> updatePeer(tt, key, a, p -> with.apply(p, parse.apply(s))));
    }

    private static Peering.End end(Topology t, String key, boolean a) {
        Peering p = (Peering) Fields.element(t, key);
        return a ? p.a() : p.b();
    }

    private static Topology updateEnd(Topology t, String key, boolean a, UnaryOperator<Peering.End> change) {
        Peering p = (Peering) Fields.element(t, key);
        Peering next = a ? p.withA(change.apply(p.a())) : p.withB(change.apply(p.b()));
        return Elements.replace(t, key, next);
    }

    private static BgpPeer bgpPeer(Topology t, String key, boolean a) {
        Peering.End e = end(t, key, a);
        Cluster c = new TopologyIndex(t).cluster(e.element()).orElseThrow();
        return c.metallb().peer(e.bgpPeer())
                .orElseThrow(() -> new IllegalArgumentException("cluster '" + c.id() + "' has no BGPPeer '" + e.bgpPeer() + "'"));
    }

    private static Topology updatePeer(Topology t, String key, boolean a, UnaryOperator<BgpPeer> change) {
        Peering.End e = end(t, key, a);
        BgpPeer old = bgpPeer(t, key, a);
        BgpPeer next = change.apply(old);
        return Elements.updateCluster(t, e.element(), c -> c.withMetallb(c.metallb().withPeers(
                Elements.swap(c.metallb().peers(), old, next))));
    }
}
