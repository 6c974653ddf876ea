package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.app.design.Refs;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.MetalLbObjectName;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which inspector field a validator finding is about, by rule: the field to put the caret in when
 * the finding is clicked. A rule can name several candidates because its first element may be of
 * different kinds (an address conflict on a node is its Address, on a router its Interfaces); the
 * first candidate the selected element's form has wins. Rules about the design as a whole (graph
 * rules, anycast) name no field.
 */
public final class FindingFields {
    private static final Map<String, List<String>> BY_RULE = Map.ofEntries(
            Map.entry("ADDR-DUPLICATE-IP", List.of("Address", "Interfaces", "Peer address")),
            Map.entry("ADDR-NETWORK-OVERLAP", List.of("CIDR")),
            Map.entry("ADDR-OUTSIDE-NETWORK", List.of("Address", "Interfaces", "Network")),
            Map.entry("ADDR-POOL-CONTAINS-HOST", List.of("Addresses")),
            Map.entry("ADDR-POOL-OVERLAPS-NETWORK", List.of("Addresses", "CIDR")),
            Map.entry("ADDR-ROUTER-ID-DUPLICATE", List.of("Router ID")),
            Map.entry("ADDR-SERVICE-IP-CONFLICT", List.of("LoadBalancer IPs")),
            Map.entry("ADDR-SERVICE-IP-NOT-IN-POOL", List.of("LoadBalancer IPs", "Pool")),
            Map.entry("ADDR-SERVICE-UNKNOWN-POOL", List.of("Pool")),
            Map.entry("ASN-RESERVED", List.of("AS number", "Remote AS", "My ASN")),
            Map.entry("ASN-PRIVATE-TO-PUBLIC", List.of("AS number")),
            Map.entry("ASN-SAME-AS-ACROSS-REGIONS", List.of("AS number")),
            Map.entry("BGP-SESSION-ASN-MISMATCH", List.of("Remote AS", "Peer ASN", "My ASN", "AS number")),
            Map.entry("BGP-SESSION-BFD-ONE-SIDED", List.of("BFD", "BFD profile")),
            Map.entry("BGP-SESSION-BFD-HOP-MISMATCH", List.of("BFD profile", "BFD")),
            Map.entry("BGP-SESSION-EBGP-NOT-CONNECTED", List.of("eBGP multihop")),
            Map.entry("BGP-SESSION-HALF-OPEN", List.of("Peer address")),
            Map.entry("BGP-SESSION-NO-MATCH", List.of("Peer address", "Listen ranges")),
            Map.entry("BGP-SESSION-HOLD-TIME", List.of("Hold time")),
            Map.entry("BGP-SESSION-LISTEN-LIMIT", List.of("Listen ranges")),
            Map.entry("BGP-SESSION-LISTEN-RANGE-MISS", List.of("Listen ranges", "Listen range")),
            Map.entry("BGP-SESSION-PASSWORD-MISMATCH", List.of("Password secret")),
            Map.entry("METALLB-NAMESPACE", List.of("Namespace")),
            // MetalLB objects' own fields (BgpPeerFields, AdvertisementFields, MetalLbObjectFields). A rule about
            // two fields at once (peerASN with dynamicASN, peerAddress with interface, password with
            // passwordSecret) names none: MetalLbCheck refuses an edit by the rules of its field, and such a
            // pair must stay fixable in either order.
            Map.entry("METALLB-PEER-DYNAMIC-ASN", List.of("Dynamic ASN")),
            Map.entry("METALLB-PEER-PORT", List.of("Peer port")),
            Map.entry("METALLB-PEER-CONNECT-TIME", List.of("Connect time")),
            Map.entry("METALLB-PEER-PASSWORD-SECRET", List.of("Password secret")),
            Map.entry("METALLB-PEER-PASSWORD-PLAINTEXT", List.of("Password")),
            Map.entry("METALLB-PEER-SELECTS-NO-SPEAKER", List.of("Node selectors")),
            Map.entry("METALLB-ADV-AGGREGATION-LENGTH", List.of("Aggregation length", "Aggregation length v6")),
            Map.entry("METALLB-ADV-AGGREGATION-POOL", List.of("Aggregation length", "Aggregation length v6")),
            Map.entry("METALLB-ADV-SERVICE-SELECTORS", List.of("Service selectors")),
            Map.entry("METALLB-ADV-LOCALPREF-CONFLICT", List.of("Local pref")),
            Map.entry("METALLB-ADV-LOCALPREF-EBGP", List.of("Local pref")),
            Map.entry("METALLB-ADV-UNKNOWN-REFERENCE", List.of("IP address pools", "Peers")),
            Map.entry("METALLB-COMMUNITY-INVALID", List.of("Aliases", "Communities")),
            Map.entry("METALLB-COMMUNITY-ALIAS-UNDEFINED", List.of("Communities")),
            Map.entry("METALLB-COMMUNITY-DUPLICATE-ALIAS", List.of("Aliases")),
            Map.entry("METALLB-BFD-RANGE", List.of("Receive interval", "Transmit interval", "Detect multiplier", "Echo interval",
                    "Minimum TTL")),
            Map.entry("METALLB-BFD-ECHO-IPV6", List.of("Echo mode")),
            Map.entry("METALLB-PEER-ADDRESS-MISSING", List.of("Peer address")),
            Map.entry("METALLB-PEER-INVALID-IP", List.of("Peer address", "Source address", "Router ID")),
            Map.entry("METALLB-PEER-ASN-MISSING", List.of("Peer ASN")),
            Map.entry("METALLB-PEER-ASN-RANGE", List.of("Peer ASN", "My ASN", "Local ASN")),
            Map.entry("METALLB-PEER-MY-ASN", List.of("My ASN", "AS number")),
            Map.entry("METALLB-FRR-MY-ASN", List.of("AS number", "My ASN")),
            Map.entry("METALLB-PEER-BFD-PROFILE-UNDEFINED", List.of("BFD profile")),
            // frr-k8s's and Cilium's own rules about one peer field (FrrK8sRules, CiliumRules).
            Map.entry("FRRK8S-BFD-PROFILE-UNDEFINED", List.of("BFD profile")),
            Map.entry("FRRK8S-LOCAL-ASN-IBGP", List.of("Local ASN")),
            Map.entry("CILIUM-TIMERS", List.of("Hold time", "Keepalive time")),
            Map.entry("CILIUM-AUTH-SECRET", List.of("Password secret")),
            Map.entry("METALLB-PEER-EBGP-MULTIHOP-IBGP", List.of("eBGP multihop")),
            Map.entry("METALLB-PEER-HOLD-TIME", List.of("Hold time")),
            Map.entry("METALLB-PEER-KEEPALIVE-TIME", List.of("Keepalive time")),
            Map.entry("METALLB-POOL-DUPLICATE-NAME", List.of("Name")),
            Map.entry("METALLB-POOL-INVALID-ADDRESS", List.of("Addresses")),
            Map.entry("METALLB-POOL-NO-ADDRESSES", List.of("Addresses")),
            Map.entry("METALLB-POOL-OVERLAP", List.of("Addresses")),
            Map.entry("METALLB-POOL-RANGE-REVERSED", List.of("Addresses")),
            Map.entry("POLICY-EBGP-REQUIRES-POLICY", List.of("eBGP requires policy", "Prefix-list in", "Route-map in")),
            Map.entry("POLICY-PLATFORM-NO-BFD", List.of("BFD", "Platform")),
            Map.entry("POLICY-PLATFORM-NO-LISTEN-RANGE", List.of("Listen range", "Listen ranges", "Platform")),
            Map.entry("POLICY-PLATFORM-NO-REMOTE-AS-KEYWORD", List.of("Remote AS")));

    private FindingFields() {
    }

    /** Which element of a finding to show, and the field to focus in its form. */
    public record Target(String key, String label) {
    }

    /**
     * The field a finding is about: the rule's candidates in their order, each looked for in the
     * forms of the finding's elements in theirs (an ASN mismatch is the peering's Remote AS before
     * the router's AS number, though the router comes first in the finding).
     */
    public static Optional<Target> target(String ruleId, List<String> keys, Function<String, Collection<String>> labelsOf) {
        for (String label : BY_RULE.getOrDefault(ruleId, List.of())) {
            for (String key : keys) {
                if (labelsOf.apply(key).contains(label)) {
                    return Optional.of(new Target(key, label));
                }
            }
        }
        return Optional.empty();
    }

    /** The label of the field a finding of this rule is about, among the labels the form has. */
    public static Optional<String> field(String ruleId, Collection<String> labels) {
        return BY_RULE.getOrDefault(ruleId, List.of()).stream().filter(labels::contains).findFirst();
    }

    /**
     * The finding's elements with the MetalLB object its message names in front ({@link
     * MetalLbObjectName}: "BGPPeer p1 (cluster k8s): …" carries only the cluster's id), so a click
     * selects the BGPPeer, advertisement, Community, BFDProfile or pool itself.
     */
    public static List<String> withObject(Topology t, String message, List<String> keys) {
        Optional<MetalLbObjectName> named = MetalLbObjectName.named(message);
        if (named.isEmpty() || keys.isEmpty()) {
            return keys;
        }
        String cluster = keys.getFirst();
        String kind = named.get().kind();
        String key = kind.equals("IPAddressPool") ? Refs.pool(cluster, named.get().name())
                : MetalLbList.byCrdKind(kind).map(l -> l.key(cluster, named.get().name())).orElse(null);
        if (key == null || Elements.find(t, key).isEmpty()) {
            return keys;
        }
        List<String> out = new java.util.ArrayList<>();
        out.add(key);
        out.addAll(keys);
        return out;
    }

    /** Every rule that names a field (for the test that keeps this table true to the validator). */
    static java.util.Set<String> rules() {
        return BY_RULE.keySet();
    }
}
