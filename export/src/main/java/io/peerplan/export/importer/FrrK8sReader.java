package io.peerplan.export.importer;

import io.peerplan.export.Secrets;
import io.peerplan.export.frrk8s.NodeAnnouncements;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.ToReceive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads frr-k8s {@code FRRConfiguration} objects (frrk8s.metallb.io/v1beta1, frr-k8s
 * api/v1beta1/frrconfiguration_types.go: {@code FRRConfigurationSpec} → {@code BGPConfig} →
 * {@code Router} → {@code Neighbor}) as they are written: per router its neighbors, each as a
 * BGPPeer without a name, and what it advertises ({@code toAdvertise}). {@link FrrK8sDesign} turns
 * them into the cluster's peers, pools and advertisements once every file is read. What frr-k8s
 * offers beyond a MetalLB-shaped design ({@code raw}, EVPN, VRF imports, a next hop) is left
 * unread, so it is reported; {@code toReceive} becomes the peer's {@link ToReceive}.
 */
final class FrrK8sReader {
    static final String GROUP = "frrk8s.metallb.io/";
    /** The one kind of the group that is configuration (FRRNodeState and BGPSessionState report status). */
    static final String KIND = "FRRConfiguration";

    /** Where an object came from, for the notes about it. */
    record Origin(String file, int line, String where) {
    }

    /** One neighbor: the peer it stands for (no name, no node selector yet) and its prefixes in order. */
    record Neighbor(BgpPeer peer, Map<String, NodeAnnouncements.Attributes> advertised) {
    }

    /** One {@code spec.bgp.routers} entry; its ASN, ID and VRF are the BGPPeers' {@code myASN}, {@code routerID}, {@code vrf}. */
    record Router(List<Neighbor> neighbors, List<String> prefixes) {
    }

    /** One FRRConfiguration: the nodes it selects (null selector: every node), routers and BFD profiles. */
    record Configuration(Origin origin, String name, LabelSelector nodeSelector, List<Router> routers, List<MetalLbBfdProfile> bfdProfiles) {
    }

    private FrrK8sReader() {
    }

    /** Reads an FRRConfiguration ({@link #KIND}). */
    static void read(String name, Fields spec, ParsedCluster c, Origin origin, List<ImportNote> notes) {
        Fields bgp = spec.object("bgp");
        List<Router> routers = new ArrayList<>();
        for (Fields r : bgp.objects("routers")) {
            routers.add(router(r, name, origin, notes));
            r.done();
        }
        List<MetalLbBfdProfile> profiles = new ArrayList<>();
        for (Fields b : bgp.objects("bfdProfiles")) {
            profiles.add(MetalLbYamlReader.bfd(b.text("name"), b, false));
            b.done();
        }
        bgp.done();
        LabelSelector selector = null;
        if (spec.has("nodeSelector")) {
            Fields s = spec.object("nodeSelector");
            selector = s.selector();
            s.done();
        }
        c.frrConfigurations.add(new Configuration(origin, name, selector, routers, profiles));
    }

    private static Router router(Fields r, String config, Origin origin, List<ImportNote> notes) {
        Long asn = r.asn("asn");
        String id = r.word("id", "invalid router id");
        String vrf = r.word("vrf", "invalid vrf");
        List<String> prefixes = r.strings("prefixes");
        List<Neighbor> neighbors = new ArrayList<>();
        for (Fields n : r.objects("neighbors")) {
            neighbors.add(neighbor(n, asn, id, vrf, prefixes, config, origin, notes));
            n.done();
        }
        return new Router(neighbors, prefixes);
    }

    private static Neighbor neighbor(Fields n, Long myAsn, String routerId, String vrf, List<String> routerPrefixes, String config,
            Origin origin, List<ImportNote> notes) {
        // As for a MetalLB BGPPeer: the value never enters the design, a placeholder refers to a Secret.
        String address = n.text("address");
        String password = KubeObjects.inlinePassword(n.text("password"), Secrets.nameFrom("frr-k8s", config, address == null ? "neighbor" : address),
                origin.file(), origin.line(), origin.where(), "password", notes);
        String secret = null;
        if (n.has("passwordSecret")) {
            Fields ps = n.object("passwordSecret");
            secret = ps.text("name");
            ps.skip("namespace"); // frr-k8s reads it from its own namespace
            ps.done();
        }
        BgpPeer peer = new BgpPeer(null, myAsn, n.asn("asn"), n.word("dynamicASN", "invalid dynamicASN"), n.asn("localASN"),
                n.word("address", "invalid neighbor address"), n.word("interface", "invalid interface"),
                n.word("sourceaddress", "invalid source address"), n.integer("port"), n.word("holdTime", "invalid hold time"),
                n.word("keepaliveTime", "invalid keepalive time"), n.word("connectTime", "invalid connect time"), routerId, password,
                secret, n.word("bfdProfile", "invalid bfd profile"), n.bool("ebgpMultiHop"), vrf, n.bool("enableGracefulRestart"),
                n.bool("disableMP"), List.of(), n.bool("dualStackAddressFamily"), receive(n));
        return new Neighbor(peer, advertised(n.object("toAdvertise"), routerPrefixes));
    }

    /** {@code toReceive.allowed}: mode and prefix selectors, or null when the neighbor has none (frr-k8s then denies all). */
    private static ToReceive receive(Fields n) {
        if (!n.has("toReceive")) {
            return null;
        }
        Fields r = n.object("toReceive");
        Fields a = r.object("allowed");
        String mode = a.text("mode");
        List<ToReceive.Selector> selectors = new ArrayList<>();
        for (Fields s : a.objects("prefixes")) {
            selectors.add(new ToReceive.Selector(s.text("prefix"), s.integer("le"), s.integer("ge")));
            s.done();
        }
        a.done();
        r.done();
        return new ToReceive(mode, selectors);
    }

    /**
     * {@code toAdvertise}: the allowed prefixes ({@code mode: all} is every prefix of the router,
     * frr-k8s AllowMode {@code AllowAll}), each with the local preference and communities its
     * {@code withLocalPref} and {@code withCommunity} entries give it.
     */
    private static Map<String, NodeAnnouncements.Attributes> advertised(Fields adv, List<String> routerPrefixes) {
        Map<String, Long> prefs = new LinkedHashMap<>();
        Map<String, Set<String>> communities = new LinkedHashMap<>();
        List<String> allowed;
        Fields a = adv.object("allowed");
        allowed = "all".equals(a.text("mode")) ? routerPrefixes : a.strings("prefixes");
        a.done();
        for (Fields lp : adv.objects("withLocalPref")) {
            Long pref = lp.number("localPref");
            lp.strings("prefixes").forEach(p -> prefs.putIfAbsent(p, pref));
            lp.done();
        }
        for (Fields cm : adv.objects("withCommunity")) {
            String value = cm.text("community");
            cm.strings("prefixes").forEach(p -> communities.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(value));
            cm.done();
        }
        adv.done();
        Map<String, NodeAnnouncements.Attributes> out = new LinkedHashMap<>();
        for (String p : allowed) {
            out.put(p, new NodeAnnouncements.Attributes(prefs.get(p), communities.getOrDefault(p, Set.of())));
        }
        return out;
    }
}
