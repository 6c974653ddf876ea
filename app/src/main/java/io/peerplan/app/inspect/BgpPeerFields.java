package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.Topology;
import io.peerplan.model.session.GoDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A MetalLB BGPPeer (metallb.io/v1beta2), every field of its spec. Help texts name the CRD field;
 * references are drop-downs of what the cluster defines (BFD profiles, Secrets); every write is
 * checked against MetalLB's own rules before it is applied ({@link MetalLbCheck}).
 */
final class BgpPeerFields {
    private static final String KIND = MetalLbList.PEERS.crdKind();

    private BgpPeerFields() {
    }

    static List<FieldSpec> of(Topology topology, String key) {
        Cluster cluster = Elements.owningCluster(topology, key).orElseThrow();
        List<FieldSpec> out = new ArrayList<>();
        out.add(MetalLbObjectFields.name(key, MetalLbList.PEERS));
        out.add(text(key, "BGPPeer", "My ASN", "spec.myASN: the speakers' AS", BgpPeer::myASN, BgpPeer::withMyASN, Parse::asnNumber));
        out.add(text(key, "BGPPeer", "Peer ASN", "spec.peerASN: the router's AS (or leave empty and set Dynamic ASN)",
                BgpPeer::peerASN, BgpPeer::withPeerASN, Parse::asnNumber));
        out.add(choice(key, "BGPPeer", "Dynamic ASN", List.of("", "internal", "external"),
                "spec.dynamicASN: accept the router's AS as iBGP (internal) or any other (external) instead of peerASN",
                BgpPeer::dynamicASN, BgpPeer::withDynamicASN));
        out.add(text(key, "BGPPeer", "Local ASN", "spec.localASN: the AS the speakers present instead of myASN (local-as)",
                BgpPeer::localASN, BgpPeer::withLocalASN, Parse::asnNumber));
        out.add(text(key, "BGPPeer", "Peer address", "spec.peerAddress: the router's address", BgpPeer::peerAddress,
                BgpPeer::withPeerAddress, BgpPeerFields::ip));
        out.add(text(key, "BGPPeer", "Interface", "spec.interface: unnumbered BGP over this node interface (instead of peerAddress)",
                BgpPeer::interfaceName, BgpPeer::withInterfaceName, Parse::optional));
        out.add(text(key, "BGPPeer", "Peer port", "spec.peerPort: 179 when empty (CRD: 1..16384)", BgpPeer::peerPort,
                BgpPeer::withPeerPort, s -> Parse.integer(s, 0, 65535, "port")));
        out.add(text(key, "BGPPeer", "Source address", "spec.sourceAddress: the node address the session starts from",
                BgpPeer::sourceAddress, BgpPeer::withSourceAddress, BgpPeerFields::ip));
        out.add(text(key, "BGPPeer", "Router ID", "spec.routerID: the speakers' BGP router id", BgpPeer::routerID,
                BgpPeer::withRouterID, BgpPeerFields::ip));
        out.add(text(key, "BGPPeer", "VRF", "spec.vrf: the node VRF the session runs in (FRR modes only)", BgpPeer::vrf,
                BgpPeer::withVrf, Parse::optional));
        out.add(text(key, "Timers", "Hold time", "spec.holdTime, a Go duration: 90s when empty; 0 or at least 3s",
                BgpPeer::holdTime, BgpPeer::withHoldTime, BgpPeerFields::duration));
        out.add(text(key, "Timers", "Keepalive time", "spec.keepaliveTime: a third of the hold time when empty",
                BgpPeer::keepaliveTime, BgpPeer::withKeepaliveTime, BgpPeerFields::duration));
        out.add(text(key, "Timers", "Connect time", "spec.connectTime: whole seconds, 1s..65535s",
                BgpPeer::connectTime, BgpPeer::withConnectTime, BgpPeerFields::duration));
        out.add(choice(key, "Session", "BFD profile", Fields.concat("", MetalLbList.BFD_PROFILES.names(cluster.metallb())),
                "spec.bfdProfile: one of the cluster's BFDProfiles", BgpPeer::bfdProfile, BgpPeer::withBfdProfile));
        out.add(tri(key, "eBGP multihop", "spec.ebgpMultiHop: for an eBGP router that is not on the nodes' subnet",
                BgpPeer::ebgpMultiHop, BgpPeer::withEbgpMultiHop));
        out.add(tri(key, "Graceful restart", "spec.enableGracefulRestart (FRR modes)", BgpPeer::enableGracefulRestart,
                BgpPeer::withEnableGracefulRestart));
        out.add(tri(key, "Disable MP", "spec.disableMP: one session per address family", BgpPeer::disableMP, BgpPeer::withDisableMP));
        out.add(tri(key, "Dual stack", "spec.dualStackAddressFamily: IPv4 and IPv6 routes on one session (FRR modes)",
                BgpPeer::dualStackAddressFamily, BgpPeer::withDualStackAddressFamily));
        out.add(choice(key, "Session", "Password secret", Fields.concat("", cluster.metallb().secrets().stream().map(KubeSecret::name).toList()),
                "spec.passwordSecret: a kubernetes.io/basic-auth Secret with a password key (TCP-MD5)",
                BgpPeer::passwordSecret, BgpPeer::withPasswordSecret));
        out.add(text(key, "Session", "Password", "spec.password in plain text (imported configs): prefer Password secret",
                BgpPeer::password, BgpPeer::withPassword, Parse::optional));
        out.add(SelectorTable.of(key, "Node selectors", "Node selectors",
                "spec.nodeSelectors: the nodes that open this session (none: every speaker)", BgpPeer::nodeSelectors,
                BgpPeer::withNodeSelectors));
        return out;
    }

    private static <V> FieldSpec text(String key, String section, String label, String help, Function<BgpPeer, V> get,
            BiFunction<BgpPeer, V, BgpPeer> with, Function<String, V> parse) {
        return MetalLbCheck.checked(key, KIND, Fields.text(key, section, label, get, with, parse, help));
    }

    private static FieldSpec choice(String key, String section, String label, List<String> choices, String help,
            Function<BgpPeer, String> get, BiFunction<BgpPeer, String, BgpPeer> with) {
        return MetalLbCheck.checked(key, KIND, FieldSpec.choice(section, label, choices, help,
                t -> Parse.text(get.apply(Fields.typed(t, key))),
                (t, s) -> Elements.replace(t, key, with.apply(Fields.typed(t, key), Parse.optional(s)))));
    }

    private static FieldSpec tri(String key, String label, String help, Function<BgpPeer, Boolean> get,
            BiFunction<BgpPeer, Boolean, BgpPeer> with) {
        return MetalLbCheck.checked(key, KIND, Fields.tri(key, "Session", label, get, with, help));
    }

    /** An address as MetalLB stores it (text), checked with the model's parser. */
    private static String ip(String s) {
        var ip = Parse.ip(s);
        return ip == null ? null : ip.toString();
    }

    /** A Go duration as written ("1m30s"), checked with the model's parser (Go's time.ParseDuration). */
    static String duration(String s) {
        String v = Parse.optional(s);
        if (v != null) {
            GoDuration.parse(v);
        }
        return v;
    }
}
