package io.peerplan.export.frrk8s;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.Secrets;
import io.peerplan.export.metallb.K8sYaml;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.Node;
import io.peerplan.model.ToReceive;
import io.peerplan.model.session.MetalLbTimers;
import io.peerplan.model.validate.core.ClusterView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A cluster's frr-k8s {@code FRRConfiguration} objects (frrk8s.metallb.io/v1beta1, frr-k8s
 * api/v1beta1/frrconfiguration_types.go): one per speaker node, selected by its
 * {@code kubernetes.io/hostname}, as MetalLB's own frr-k8s mode writes them (internal/bgp/frrk8s).
 * Each node gets one router per local ASN and VRF with the peers that select the node, each with its
 * {@code toAdvertise} prefixes, local preferences and communities ({@link NodeAnnouncements}), the
 * BFD profiles they name, and passwords as Secret references. A peer's {@code toReceive} is written
 * as it is; without one frr-k8s denies every incoming route, as MetalLB does.
 */
public final class FrrConfigurationGenerator {
    public static final String API_VERSION = "frrk8s.metallb.io/v1beta1";
    public static final String KIND = "FRRConfiguration";
    /** The name prefix of the objects, so that import recognises Peerplan's per-node objects. */
    public static final String NAME_PREFIX = "peerplan-";
    static final String HOSTNAME = "kubernetes.io/hostname";

    private FrrConfigurationGenerator() {
    }

    /** The objects, one per node that speaks to at least one peer. */
    public static List<ObjectNode> resources(Cluster c, List<String> warnings) {
        String ns = c.effectiveNamespace();
        List<ObjectNode> docs = new ArrayList<>();
        ClusterView view = new ClusterView(c);
        for (Node n : c.nodes()) {
            List<BgpPeer> peers = c.metallb().peers().stream().filter(p -> n.isSpeaker() && p.selects(n)).toList();
            if (peers.isEmpty()) {
                continue;
            }
            ObjectNode doc = K8sYaml.resource(API_VERSION, KIND, NAME_PREFIX + n.name(), ns);
            ObjectNode spec = doc.putObject("spec");
            ObjectNode bgp = spec.putObject("bgp");
            ArrayNode routers = bgp.putArray("routers");
            Map<String, List<BgpPeer>> byRouter = new LinkedHashMap<>();
            peers.forEach(p -> byRouter.computeIfAbsent(p.myASN() + "/" + Objects.toString(p.vrf(), ""), k -> new ArrayList<>()).add(p));
            Set<String> profiles = new LinkedHashSet<>();
            for (List<BgpPeer> group : byRouter.values()) {
                routers.add(router(view, n, group, ns, warnings));
                group.stream().map(BgpPeer::bfdProfile).filter(Objects::nonNull).forEach(profiles::add);
            }
            if (!profiles.isEmpty()) {
                ArrayNode list = bgp.putArray("bfdProfiles");
                for (String name : profiles) {
                    c.metallb().bfdProfile(name).ifPresent(b -> list.add(bfdProfile(b)));
                }
            }
            spec.putObject("nodeSelector").putObject("matchLabels").put(HOSTNAME, n.name());
            docs.add(doc);
        }
        return docs;
    }

    private static ObjectNode router(ClusterView view, Node n, List<BgpPeer> peers, String ns, List<String> warnings) {
        BgpPeer first = peers.getFirst();
        ObjectNode r = K8sYaml.object();
        if (first.myASN() != null) {
            r.put("asn", first.myASN());
        }
        put(r, "id", first.routerID());
        put(r, "vrf", first.vrf());
        ArrayNode neighbors = r.putArray("neighbors");
        Set<String> all = new LinkedHashSet<>();
        for (BgpPeer p : peers) {
            Map<String, NodeAnnouncements.Attributes> prefixes = NodeAnnouncements.of(view, n, p);
            all.addAll(prefixes.keySet());
            neighbors.add(neighbor(p, prefixes, ns, warnings));
        }
        K8sYaml.strings(r, "prefixes", List.copyOf(all));
        return r;
    }

    private static ObjectNode neighbor(BgpPeer p, Map<String, NodeAnnouncements.Attributes> prefixes, String ns, List<String> warnings) {
        ObjectNode o = K8sYaml.object();
        if (p.peerASN() != null) {
            o.put("asn", p.peerASN());
        }
        put(o, "dynamicASN", p.dynamicASN());
        put(o, "sourceaddress", p.sourceAddress());
        put(o, "address", p.peerAddress());
        put(o, "interface", p.interfaceName());
        if (p.peerPort() != null) {
            o.put("port", p.peerPort());
        }
        if (p.password() != null) {
            // Never a secret in a bundle: the value is replaced by a placeholder the user fills in.
            String placeholder = Secrets.nameOf(p.password()).map(Secrets::placeholder)
                    .orElseGet(() -> Secrets.placeholder(Secrets.nameFrom("frr-k8s", p.name())));
            o.put("password", placeholder);
            warnings.add("peer " + p.name() + ": the inline password is written as " + placeholder + "; better, use passwordSecret");
        }
        if (p.passwordSecret() != null) {
            o.putObject("passwordSecret").put("name", p.passwordSecret()).put("namespace", ns);
        }
        // frr-k8s wants both timers or neither (api_to_config.go parseTimers) and defaults to FRR's 180 s / 60 s;
        // MetalLB derives the missing one and defaults to 90 s / 30 s (MetalLbTimers), so both are written.
        MetalLbTimers timers = timers(p);
        o.put("holdTime", timers.holdSeconds(MetalLbTimers.DEFAULT_HOLD) + "s");
        o.put("keepaliveTime", timers.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD) + "s");
        put(o, "connectTime", p.connectTime());
        if (Boolean.TRUE.equals(p.ebgpMultiHop())) {
            o.put("ebgpMultiHop", true);
        }
        put(o, "bfdProfile", p.bfdProfile());
        if (Boolean.TRUE.equals(p.enableGracefulRestart())) {
            o.put("enableGracefulRestart", true);
        }
        ObjectNode adv = o.putObject("toAdvertise");
        K8sYaml.strings(adv.putObject("allowed"), "prefixes", List.copyOf(prefixes.keySet()));
        Map<Long, List<String>> byPref = NodeAnnouncements.byKey(prefixes,
                a -> a.localPref() == null ? List.of() : List.of(a.localPref()));
        if (!byPref.isEmpty()) {
            ArrayNode list = adv.putArray("withLocalPref");
            byPref.forEach((pref, ps) -> K8sYaml.strings(list.addObject().put("localPref", pref), "prefixes", ps));
        }
        Map<String, List<String>> byCommunity = NodeAnnouncements.byKey(prefixes, a -> List.copyOf(a.communities()));
        if (!byCommunity.isEmpty()) {
            ArrayNode list = adv.putArray("withCommunity");
            byCommunity.forEach((comm, ps) -> K8sYaml.strings(list.addObject().put("community", comm), "prefixes", ps));
        }
        if (p.localASN() != null) {
            o.put("localASN", p.localASN());
        }
        if (p.toReceive() != null) {
            toReceive(o.putObject("toReceive").putObject("allowed"), p.toReceive());
        }
        return o;
    }

    /** frr-k8s's {@code Receive.allowed}: the mode, and each selector's prefix with its le and ge when set. */
    private static void toReceive(ObjectNode allowed, ToReceive r) {
        put(allowed, "mode", r.mode());
        if (!r.prefixes().isEmpty()) {
            ArrayNode list = allowed.putArray("prefixes");
            for (ToReceive.Selector s : r.prefixes()) {
                ObjectNode o = list.addObject();
                put(o, "prefix", s.prefix());
                putInt(o, "le", s.le());
                putInt(o, "ge", s.ge());
            }
        }
    }

    private static MetalLbTimers timers(BgpPeer p) {
        try {
            return MetalLbTimers.of(p);
        } catch (IllegalArgumentException e) {
            return new MetalLbTimers(null, null); // the validator reports the unreadable timer
        }
    }

    private static ObjectNode bfdProfile(MetalLbBfdProfile b) {
        ObjectNode o = K8sYaml.object().put("name", b.name());
        putInt(o, "receiveInterval", b.receiveInterval());
        putInt(o, "transmitInterval", b.transmitInterval());
        putInt(o, "detectMultiplier", b.detectMultiplier());
        putInt(o, "echoInterval", b.echoInterval());
        if (b.echoMode() != null) {
            o.put("echoMode", b.echoMode());
        }
        if (b.passiveMode() != null) {
            o.put("passiveMode", b.passiveMode());
        }
        putInt(o, "minimumTtl", b.minimumTtl());
        return o;
    }

    private static void put(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void putInt(ObjectNode o, String key, Integer value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
