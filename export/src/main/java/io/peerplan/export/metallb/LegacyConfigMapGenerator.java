package io.peerplan.export.metallb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.Secrets;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.MetalLbBfdProfile;
import java.util.List;

/**
 * The legacy {@code config} ConfigMap of MetalLB &lt; 0.13 ({@code shared/metallb/legacy-configmap}
 * format, as seeds 001 and 002 write it): {@code peers}, {@code address-pools} with their
 * {@code bgp-advertisements}, {@code bgp-communities} and {@code bfd-profiles}, as YAML text under
 * {@code data.config}. What that format cannot hold (dynamic ASNs, VRFs, advertisement peers or node
 * selectors...) is left out and reported.
 */
public final class LegacyConfigMapGenerator {

    private LegacyConfigMapGenerator() {
    }

    public static ObjectNode configMap(Cluster c, List<String> warnings) {
        ObjectNode doc = K8sYaml.object();
        doc.put("apiVersion", "v1");
        doc.put("kind", "ConfigMap");
        ObjectNode meta = doc.putObject("metadata");
        meta.put("namespace", c.effectiveNamespace());
        meta.put("name", "config");
        doc.putObject("data").put("config", K8sYaml.write(config(c, warnings)));
        return doc;
    }

    static ObjectNode config(Cluster c, List<String> warnings) {
        ObjectNode root = K8sYaml.object();
        if (!c.metallb().peers().isEmpty()) {
            ArrayNode peers = root.putArray("peers");
            c.metallb().peers().forEach(p -> peer(peers.addObject(), p, warnings));
        }
        if (!c.metallb().pools().isEmpty()) {
            ArrayNode pools = root.putArray("address-pools");
            c.metallb().pools().forEach(p -> pool(pools.addObject(), p, c));
        }
        for (BgpAdvertisement a : c.metallb().advertisements()) {
            if (!a.peers().isEmpty() || !a.nodeSelectors().isEmpty() || !a.ipAddressPoolSelectors().isEmpty()) {
                warnings.add("BGPAdvertisement " + a.name() + ": the legacy ConfigMap has no peers, node or pool selectors "
                        + "for advertisements; they are left out");
            }
        }
        for (var l2 : c.metallb().l2Advertisements()) {
            warnings.add("L2Advertisement " + l2.name() + ": the legacy ConfigMap has no L2Advertisement (a pool's protocol "
                    + "is layer2 instead); it is left out");
        }
        if (!c.metallb().secrets().isEmpty()) {
            warnings.add("the legacy ConfigMap has no passwordSecret; Secrets " + c.metallb().secrets().stream()
                    .map(x -> x.name()).toList() + " are left out and peers get their password inline as a placeholder");
        }
        List<Community.Alias> aliases = c.metallb().communities().stream().flatMap(x -> x.communities().stream()).toList();
        if (!aliases.isEmpty()) {
            ObjectNode map = root.putObject("bgp-communities");
            aliases.forEach(a -> map.put(a.name(), a.value()));
        }
        if (!c.metallb().bfdProfiles().isEmpty()) {
            ArrayNode list = root.putArray("bfd-profiles");
            c.metallb().bfdProfiles().forEach(b -> bfd(list.addObject(), b));
        }
        return root;
    }

    private static void peer(ObjectNode o, BgpPeer p, List<String> warnings) {
        MetalLbCrdGenerator.putText(o, "peer-address", p.peerAddress());
        MetalLbCrdGenerator.putLong(o, "peer-asn", p.peerASN());
        MetalLbCrdGenerator.putLong(o, "my-asn", p.myASN());
        MetalLbCrdGenerator.putInt(o, "peer-port", p.peerPort());
        MetalLbCrdGenerator.putText(o, "source-address", p.sourceAddress());
        MetalLbCrdGenerator.putText(o, "hold-time", p.holdTime());
        MetalLbCrdGenerator.putText(o, "keepalive-time", p.keepaliveTime());
        MetalLbCrdGenerator.putText(o, "router-id", p.routerID());
        if (p.password() != null) {
            o.put("password", MetalLbCrdGenerator.placeholderFor(p));
        } else if (p.passwordSecret() != null) {
            // The legacy format has no secret reference: the secret's value goes inline, so a placeholder.
            o.put("password", Secrets.placeholder(p.passwordSecret()));
        }
        MetalLbCrdGenerator.putText(o, "bfd-profile", p.bfdProfile());
        if (Boolean.TRUE.equals(p.dualStackAddressFamily())) {
            warnings.add("BGPPeer " + p.name() + ": the legacy ConfigMap has no dualStackAddressFamily; it is left out");
        }
        MetalLbCrdGenerator.putBool(o, "ebgp-multihop", p.ebgpMultiHop());
        K8sYaml.selectors(o, "node-selectors", p.nodeSelectors(), true);
        List<String> lost = new java.util.ArrayList<>();
        if (p.dynamicASN() != null) {
            lost.add("dynamicASN");
        }
        if (p.localASN() != null) {
            lost.add("localASN");
        }
        if (p.interfaceName() != null) {
            lost.add("interface");
        }
        if (p.connectTime() != null) {
            lost.add("connectTime");
        }
        if (p.vrf() != null) {
            lost.add("vrf");
        }
        if (p.enableGracefulRestart() != null) {
            lost.add("enableGracefulRestart");
        }
        if (p.disableMP() != null) {
            lost.add("disableMP");
        }
        if (!lost.isEmpty()) {
            warnings.add("BGPPeer " + p.name() + ": the legacy ConfigMap cannot hold " + String.join(", ", lost) + "; left out");
        }
    }

    private static void pool(ObjectNode o, AddressPool p, Cluster c) {
        o.put("name", p.name());
        o.put("protocol", p.protocol() == null ? "bgp" : p.protocol());
        K8sYaml.strings(o, "addresses", p.addresses());
        MetalLbCrdGenerator.putBool(o, "avoid-buggy-ips", p.avoidBuggyIPs());
        MetalLbCrdGenerator.putBool(o, "auto-assign", p.autoAssign());
        List<BgpAdvertisement> ads = c.metallb().advertisements().stream()
                .filter(a -> a.coversPool(p.name()))
                .toList();
        if (!ads.isEmpty() && !"layer2".equals(p.protocol())) {
            ArrayNode list = o.putArray("bgp-advertisements");
            for (BgpAdvertisement a : ads) {
                ObjectNode ad = list.addObject();
                MetalLbCrdGenerator.putInt(ad, "aggregation-length", a.aggregationLength());
                MetalLbCrdGenerator.putInt(ad, "aggregation-length-v6", a.aggregationLengthV6());
                MetalLbCrdGenerator.putLong(ad, "localpref", a.localPref());
                K8sYaml.strings(ad, "communities", a.communities());
            }
        }
    }

    private static void bfd(ObjectNode o, MetalLbBfdProfile b) {
        o.put("name", b.name());
        MetalLbCrdGenerator.putInt(o, "receive-interval", b.receiveInterval());
        MetalLbCrdGenerator.putInt(o, "transmit-interval", b.transmitInterval());
        MetalLbCrdGenerator.putInt(o, "echo-interval", b.echoInterval());
        MetalLbCrdGenerator.putBool(o, "echo-mode", b.echoMode());
        MetalLbCrdGenerator.putBool(o, "passive-mode", b.passiveMode());
        MetalLbCrdGenerator.putInt(o, "minimum-ttl", b.minimumTtl());
        MetalLbCrdGenerator.putInt(o, "detect-multiplier", b.detectMultiplier());
    }
}
