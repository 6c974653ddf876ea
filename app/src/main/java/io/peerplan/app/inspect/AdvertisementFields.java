package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A MetalLB BGPAdvertisement: what is announced (pools by name or by selector, aggregated to a
 * length), with which attributes (localPref, communities), to which peers and from which nodes.
 * The pools, peers and communities are tables whose cells are drop-downs of what the cluster
 * defines; an empty list means "all", as in MetalLB.
 */
final class AdvertisementFields {
    private static final String KIND = MetalLbList.ADVERTISEMENTS.crdKind();

    private AdvertisementFields() {
    }

    static List<FieldSpec> of(Topology topology, String key) {
        Cluster cluster = Elements.owningCluster(topology, key).orElseThrow();
        List<FieldSpec> out = new ArrayList<>();
        out.add(MetalLbObjectFields.name(key, MetalLbList.ADVERTISEMENTS));
        out.add(text(key, "Aggregation length", "spec.aggregationLength: announce the pool's addresses as /N (32 when empty)",
                BgpAdvertisement::aggregationLength, BgpAdvertisement::withAggregationLength, s -> Parse.integer(s, 0, 32, "IPv4 length")));
        out.add(text(key, "Aggregation length v6", "spec.aggregationLengthV6 (128 when empty)", BgpAdvertisement::aggregationLengthV6,
                BgpAdvertisement::withAggregationLengthV6, s -> Parse.integer(s, 0, 128, "IPv6 length")));
        out.add(text(key, "Local pref", "spec.localPref: LOCAL_PREF for iBGP peers", BgpAdvertisement::localPref,
                BgpAdvertisement::withLocalPref, AdvertisementFields::localPref));
        out.add(NameList.of(key, "Announced", "IP address pools", "pool", "spec.ipAddressPools: none and no selector means every pool",
                cluster.metallb().pools().stream().map(AddressPool::name).toList(), BgpAdvertisement::ipAddressPools,
                BgpAdvertisement::withIpAddressPools));
        out.add(SelectorTable.of(key, "Announced", "Pool selectors", "spec.ipAddressPoolSelectors: pools by their labels",
                BgpAdvertisement::ipAddressPoolSelectors, BgpAdvertisement::withIpAddressPoolSelectors));
        out.add(NameList.of(key, "Peers", "Peers", "peer", "spec.peers: none means every BGPPeer",
                MetalLbList.PEERS.names(cluster.metallb()), BgpAdvertisement::peers, BgpAdvertisement::withPeers));
        out.add(NameList.of(key, "Communities", "Communities", "community", "spec.communities: an alias of the cluster's Communities, or A:B / large:A:B:C",
                communityChoices(cluster), BgpAdvertisement::communities, BgpAdvertisement::withCommunities));
        out.add(SelectorTable.of(key, "Node selectors", "Node selectors", "spec.nodeSelectors: the nodes that announce (none: all)",
                BgpAdvertisement::nodeSelectors, BgpAdvertisement::withNodeSelectors));
        out.add(SelectorTable.of(key, "Service selectors", "Service selectors",
                "spec.serviceSelectors: only matching services (not with a non-default aggregation length)",
                BgpAdvertisement::serviceSelectors, BgpAdvertisement::withServiceSelectors));
        return out;
    }

    /**
     * What an advertisement's community can be: the aliases the cluster's Communities define, then
     * RFC 1997's well-known values, then those already written here that are neither.
     */
    private static List<String> communityChoices(Cluster cluster) {
        List<String> out = new ArrayList<>();
        for (Community c : cluster.metallb().communities()) {
            c.communities().forEach(a -> out.add(a.name()));
        }
        out.addAll(List.of("65535:65281", "65535:65282", "65535:65283"));
        cluster.metallb().advertisements().forEach(a -> a.communities().stream().filter(v -> !out.contains(v)).forEach(out::add));
        return out;
    }

    private static <V> FieldSpec text(String key, String label, String help, Function<BgpAdvertisement, V> get,
            BiFunction<BgpAdvertisement, V, BgpAdvertisement> with, Function<String, V> parse) {
        return MetalLbCheck.checked(key, KIND, Fields.text(key, "Announced", label, get, with, parse, help));
    }

    /** LOCAL_PREF is an unsigned 32-bit attribute (RFC 4271 §5.1.5); MetalLB's CRD types it uint32. */
    private static Long localPref(String s) {
        String v = Parse.optional(s);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 0 && n <= 4294967295L) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw new IllegalArgumentException("local preference '" + v + "' is not a number in 0..4294967295");
    }

}
