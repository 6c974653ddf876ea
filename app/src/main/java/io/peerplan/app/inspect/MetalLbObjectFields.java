package io.peerplan.app.inspect;

import io.peerplan.app.design.ClusterAs;
import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.app.design.MetalLbRenaming;
import io.peerplan.app.design.Refs;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.L2Advertisement;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.Grammar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the MetalLB objects share (the name, renamed with its references; the cluster's tables of
 * them) and the two small kinds: a Community (its aliases) and a BFDProfile (its intervals).
 */
final class MetalLbObjectFields {
    private MetalLbObjectFields() {
    }

    /** {@code metadata.name}: a rename follows every reference; the selection follows the new name. */
    static <E> FieldSpec name(String key, MetalLbList<E> list) {
        String clusterId = Refs.cluster(key);
        return FieldSpec.text(list.crdKind(), "Name", "metadata.name; renaming it renames every reference in the cluster",
                t -> Refs.parts(key).get(2), (t, s) -> MetalLbRenaming.rename(t, key, list, objectName(s)))
                .rekeyedBy((k, s) -> list.key(clusterId, s.trim()));
    }

    /** A Kubernetes object name, as the API server checks it (an RFC 1123 label: lower case, digits, '-'). */
    static String objectName(String s) {
        String v = Parse.required(s, "a name");
        Grammar.DNS_LABEL.check(v).ifPresent(p -> {
            throw new IllegalArgumentException("'" + v + "' " + p.reason());
        });
        return v;
    }

    /**
     * The cluster's peers, advertisements, community aliases, BFD profiles, L2 advertisements and
     * the Secrets peers name, as name tables (the cluster's own form). The design keeps them in
     * MetalLB's shape whatever the speaker; the help says what each becomes for frr-k8s and Cilium.
     * Cilium's GoBGP has no BFD and only MetalLB answers over ARP/NDP, so another speaker's form
     * offers those tables only while there is an object to remove.
     */
    static List<FieldSpec> clusterTables(Topology topology, String clusterId) {
        Cluster cluster = (Cluster) Fields.element(topology, clusterId);
        Speaker speaker = cluster.effectiveSpeaker();
        String section = speaker == Speaker.METALLB ? "MetalLB objects" : "Peers and advertisements";
        List<FieldSpec> out = new ArrayList<>(List.of(
                FieldSpec.table(section, "BGP peers", switch (speaker) {
                    case METALLB -> "The cluster's BGPPeers";
                    case FRR_K8S -> "The speakers' neighbors (FRRConfiguration spec.bgp.routers[].neighbors)";
                    case CILIUM -> "The speakers' peers (CiliumBGPClusterConfig peers and their CiliumBGPPeerConfigs)";
                } + "; draw a peering to a router to add one",
                        new MetalLbObjectsTable<>(clusterId, MetalLbList.PEERS, (t, c) -> {
                            throw new IllegalArgumentException("draw a peering from the cluster to a router: it adds the BGPPeer "
                                    + "with the router's address and AS" + (ClusterAs.of(c).isEmpty() ? "" : " (myASN " + ClusterAs.of(c) + ")"));
                        })),
                FieldSpec.table(section, "Advertisements", switch (speaker) {
                    case METALLB -> "BGPAdvertisements";
                    case FRR_K8S -> "What each neighbor announces (toAdvertise.allowed)";
                    case CILIUM -> "CiliumBGPAdvertisements (Service LoadBalancer IPs)";
                } + "; a new one announces every pool to every peer",
                        new MetalLbObjectsTable<>(clusterId, MetalLbList.ADVERTISEMENTS, (t, c) -> new BgpAdvertisement(
                                MetalLbList.ADVERTISEMENTS.freeName(c.metallb(), "advertisement"), null, null, null, null, null, null,
                                null, null))),
                FieldSpec.table(section, "Communities", speaker == Speaker.METALLB
                        ? "Community resources: named aliases for community values"
                        : "Named aliases for community values; the exported objects carry the values",
                        new MetalLbObjectsTable<>(clusterId, MetalLbList.COMMUNITIES, (t, c) -> new Community(
                                MetalLbList.COMMUNITIES.freeName(c.metallb(), "communities"), null)))));
        if (speaker != Speaker.CILIUM || !cluster.metallb().bfdProfiles().isEmpty()) {
            out.add(FieldSpec.table(section, "BFD profiles", speaker == Speaker.CILIUM
                    ? "Cilium's GoBGP speaker has no BFD: remove these (failover rests on the hold timer)"
                    : "BFD profiles a peer can name; a new one has MetalLB's defaults",
                    new MetalLbObjectsTable<>(clusterId, MetalLbList.BFD_PROFILES, (t, c) -> new MetalLbBfdProfile(
                            MetalLbList.BFD_PROFILES.freeName(c.metallb(), "bfd"), null, null, null, null, null, null, null))));
        }
        if (speaker == Speaker.METALLB || !cluster.metallb().l2Advertisements().isEmpty()) {
            // Only MetalLB announces over ARP/NDP: another speaker's form keeps the table while there is one to remove.
            out.add(FieldSpec.table(section, "L2 advertisements", "L2Advertisements: pools answered for over ARP/NDP; "
                    + "a new one announces every pool from every node",
                    new MetalLbObjectsTable<>(clusterId, MetalLbList.L2_ADVERTISEMENTS, (t, c) -> new L2Advertisement(
                            MetalLbList.L2_ADVERTISEMENTS.freeName(c.metallb(), "l2advertisement"), null, null, null, null))));
        }
        out.add(FieldSpec.table(section, "Secrets", "Secrets a peer's password secret names (name, type, keys; "
                + "never the password); a new one is basic-auth with a password key",
                new MetalLbObjectsTable<>(clusterId, MetalLbList.SECRETS, (t, c) -> SecretFields.fresh(
                        MetalLbList.SECRETS.freeName(c.metallb(), "bgp-password")))));
        return out;
    }

    /** A Community: its aliases, each a name advertisements use and the value it stands for. */
    static List<FieldSpec> community(String key) {
        String kind = MetalLbList.COMMUNITIES.crdKind();
        return List.of(name(key, MetalLbList.COMMUNITIES),
                MetalLbCheck.checked(key, kind, FieldSpec.table("Aliases", "Aliases",
                        "spec.communities: NAME → A:B (RFC 1997) or large:A:B:C (RFC 8092)",
                        ListTable.<Community.Alias>of("alias", t -> Fields.<Community>typed(t, key).communities(),
                                (t, list) -> {
                                    Community c = Fields.typed(t, key);
                                    return MetalLbRenaming.followAliases(Elements.replace(t, key, c.withCommunities(list)),
                                            Refs.cluster(key), c.communities(), list);
                                },
                                (t, list) -> new Community.Alias(freeAlias(list), "65535:65281"))
                                .text("Name", "What advertisements write in spec.communities", Community.Alias::name,
                                        (t, a, s) -> new Community.Alias(Parse.required(s, "an alias name"), a.value()))
                                .text("Value", "A:B with each part 0..65535, or large:A:B:C", Community.Alias::value,
                                        (t, a, s) -> new Community.Alias(a.name(), Parse.required(s, "a community value")))
                                .unique("name", Community.Alias::name))));
    }

    private static String freeAlias(List<Community.Alias> present) {
        List<String> taken = present.stream().map(Community.Alias::name).toList();
        int n = 1;
        while (taken.contains("alias-" + n)) {
            n++;
        }
        return "alias-" + n;
    }

    /** A BFDProfile: intervals in milliseconds (MetalLB's CRD ranges), echo and passive modes, the minimum TTL. */
    static List<FieldSpec> bfdProfile(String key) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(name(key, MetalLbList.BFD_PROFILES));
        out.add(bfd(key, "Receive interval", "spec.receiveInterval, ms (300 when empty)", MetalLbBfdProfile::receiveInterval,
                MetalLbBfdProfile::withReceiveInterval, s -> Parse.integer(s, 0, 60000, "receive interval")));
        out.add(bfd(key, "Transmit interval", "spec.transmitInterval, ms (300 when empty)", MetalLbBfdProfile::transmitInterval,
                MetalLbBfdProfile::withTransmitInterval, s -> Parse.integer(s, 0, 60000, "transmit interval")));
        out.add(bfd(key, "Detect multiplier", "spec.detectMultiplier: packets lost before the session is down (3 when empty)",
                MetalLbBfdProfile::detectMultiplier, MetalLbBfdProfile::withDetectMultiplier, s -> Parse.integer(s, 0, 255, "multiplier")));
        out.add(bfd(key, "Echo interval", "spec.echoInterval, ms", MetalLbBfdProfile::echoInterval,
                MetalLbBfdProfile::withEchoInterval, s -> Parse.integer(s, 0, 60000, "echo interval")));
        out.add(MetalLbCheck.checked(key, MetalLbList.BFD_PROFILES.crdKind(), Fields.tri(key, "BFDProfile", "Echo mode",
                MetalLbBfdProfile::echoMode, MetalLbBfdProfile::withEchoMode, "spec.echoMode (IPv4 only)")));
        out.add(MetalLbCheck.checked(key, MetalLbList.BFD_PROFILES.crdKind(), Fields.tri(key, "BFDProfile", "Passive mode",
                MetalLbBfdProfile::passiveMode, MetalLbBfdProfile::withPassiveMode, "spec.passiveMode: wait for the router's packets")));
        out.add(bfd(key, "Minimum TTL", "spec.minimumTtl: for multi-hop sessions", MetalLbBfdProfile::minimumTtl,
                MetalLbBfdProfile::withMinimumTtl, s -> Parse.integer(s, 0, 255, "TTL")));
        return out;
    }

    private static <V> FieldSpec bfd(String key, String label, String help, Function<MetalLbBfdProfile, V> get,
            BiFunction<MetalLbBfdProfile, V, MetalLbBfdProfile> with, Function<String, V> parse) {
        return MetalLbCheck.checked(key, MetalLbList.BFD_PROFILES.crdKind(), Fields.text(key, "BFDProfile", label, get, with, parse, help));
    }
}
