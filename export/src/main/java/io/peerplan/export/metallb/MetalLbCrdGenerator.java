package io.peerplan.export.metallb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.Secrets;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.L2Advertisement;
import io.peerplan.model.MetalLbBfdProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's MetalLB custom resources (MetalLB ≥ 0.13): BFDProfile, Community, IPAddressPool,
 * L2Advertisement for layer2 pools, BGPPeer {@code metallb.io/v1beta2} and BGPAdvertisement, all in
 * the MetalLB namespace. Documents come in dependency order, because MetalLB's webhook validates
 * each object against what exists: a BGPPeer naming a BFDProfile not yet created is rejected.
 * Fields follow the Go types' order (api/v1beta1, v1beta2); unset fields are left out.
 */
public final class MetalLbCrdGenerator {
    static final String V1BETA1 = "metallb.io/v1beta1";
    static final String V1BETA2 = "metallb.io/v1beta2";

    private MetalLbCrdGenerator() {
    }

    /** The resources, in apply order. {@code warnings} receives what could not be written. */
    public static List<ObjectNode> resources(Cluster c, List<String> warnings) {
        String ns = c.effectiveNamespace();
        List<ObjectNode> docs = new ArrayList<>();
        c.metallb().bfdProfiles().forEach(b -> docs.add(bfdProfile(b, ns)));
        c.metallb().communities().forEach(x -> docs.add(community(x, ns)));
        c.metallb().pools().forEach(p -> docs.add(pool(p, ns)));
        int l2 = 0;
        for (AddressPool p : c.metallb().pools()) {
            if ("layer2".equals(p.protocol())) {
                // MetalLB's ConfigMap converter turns a layer2 pool into a pool plus an L2Advertisement.
                ObjectNode doc = K8sYaml.resource(V1BETA1, "L2Advertisement", "l2advertisement" + ++l2, ns);
                K8sYaml.strings(doc.putObject("spec"), "ipAddressPools", List.of(p.name()));
                docs.add(doc);
            }
        }
        c.metallb().l2Advertisements().forEach(a -> docs.add(l2Advertisement(a, ns)));
        c.metallb().secrets().forEach(x -> docs.add(secret(x, ns)));
        c.metallb().peers().forEach(p -> docs.add(peer(p, ns, warnings)));
        c.metallb().advertisements().forEach(a -> docs.add(advertisement(a, ns)));
        return docs;
    }

    static ObjectNode bfdProfile(MetalLbBfdProfile b, String ns) {
        ObjectNode doc = K8sYaml.resource(V1BETA1, "BFDProfile", b.name(), ns);
        ObjectNode spec = doc.putObject("spec");
        putInt(spec, "receiveInterval", b.receiveInterval());
        putInt(spec, "transmitInterval", b.transmitInterval());
        putInt(spec, "detectMultiplier", b.detectMultiplier());
        putInt(spec, "echoInterval", b.echoInterval());
        putBool(spec, "echoMode", b.echoMode());
        putBool(spec, "passiveMode", b.passiveMode());
        putInt(spec, "minimumTtl", b.minimumTtl());
        return doc;
    }

    static ObjectNode community(Community x, String ns) {
        ObjectNode doc = K8sYaml.resource(V1BETA1, "Community", x.name(), ns);
        ArrayNode list = doc.putObject("spec").putArray("communities");
        x.communities().forEach(a -> list.addObject().put("name", a.name()).put("value", a.value()));
        return doc;
    }

    static ObjectNode pool(AddressPool p, String ns) {
        ObjectNode doc = K8sYaml.resource(V1BETA1, "IPAddressPool", p.name(), ns);
        ObjectNode spec = doc.putObject("spec");
        if (!p.labels().isEmpty()) {
            ObjectNode labels = ((ObjectNode) doc.get("metadata")).putObject("labels");
            p.labels().forEach(labels::put);
        }
        K8sYaml.strings(spec, "addresses", p.addresses());
        putBool(spec, "autoAssign", p.autoAssign());
        putBool(spec, "avoidBuggyIPs", p.avoidBuggyIPs());
        AddressPool.ServiceAllocation a = p.serviceAllocation();
        if (a != null) {
            ObjectNode sa = spec.putObject("serviceAllocation");
            putInt(sa, "priority", a.priority());
            K8sYaml.strings(sa, "namespaces", a.namespaces());
            K8sYaml.selectors(sa, "namespaceSelectors", a.namespaceSelectors(), false);
            K8sYaml.selectors(sa, "serviceSelectors", a.serviceSelectors(), false);
        }
        return doc;
    }

    static ObjectNode peer(BgpPeer p, String ns, List<String> warnings) {
        ObjectNode doc = K8sYaml.resource(V1BETA2, "BGPPeer", p.name(), ns);
        ObjectNode spec = doc.putObject("spec");
        putLong(spec, "myASN", p.myASN());
        putLong(spec, "peerASN", p.peerASN());
        putText(spec, "dynamicASN", p.dynamicASN());
        putLong(spec, "localASN", p.localASN());
        putText(spec, "peerAddress", p.peerAddress());
        putText(spec, "interface", p.interfaceName());
        putText(spec, "sourceAddress", p.sourceAddress());
        putInt(spec, "peerPort", p.peerPort());
        putText(spec, "holdTime", p.holdTime());
        putText(spec, "keepaliveTime", p.keepaliveTime());
        putText(spec, "connectTime", p.connectTime());
        putText(spec, "routerID", p.routerID());
        if (p.password() != null) {
            // Never a secret in a bundle: the value is replaced by a placeholder the user fills in.
            spec.put("password", placeholderFor(p));
            if (Secrets.nameOf(p.password()).isEmpty()) {
                warnings.add("BGPPeer " + p.name() + ": the inline password is written as " + placeholderFor(p)
                        + "; better, use passwordSecret");
            }
        }
        if (p.passwordSecret() != null) {
            spec.putObject("passwordSecret").put("name", p.passwordSecret()).put("namespace", ns);
        }
        putText(spec, "bfdProfile", p.bfdProfile());
        putBool(spec, "ebgpMultiHop", p.ebgpMultiHop());
        putText(spec, "vrf", p.vrf());
        putBool(spec, "enableGracefulRestart", p.enableGracefulRestart());
        putBool(spec, "disableMP", p.disableMP());
        K8sYaml.selectors(spec, "nodeSelectors", p.nodeSelectors(), false);
        putBool(spec, "dualStackAddressFamily", p.dualStackAddressFamily());
        return doc;
    }

    /** The placeholder for a peer's inline password: the one it already holds, or one named after the peer. */
    static String placeholderFor(BgpPeer p) {
        return Secrets.nameOf(p.password()).map(Secrets::placeholder)
                .orElseGet(() -> Secrets.placeholder(Secrets.nameFrom("metallb", p.name())));
    }

    static ObjectNode advertisement(BgpAdvertisement a, String ns) {
        ObjectNode doc = K8sYaml.resource(V1BETA1, "BGPAdvertisement", a.name(), ns);
        ObjectNode spec = doc.putObject("spec");
        putInt(spec, "aggregationLength", a.aggregationLength());
        putInt(spec, "aggregationLengthV6", a.aggregationLengthV6());
        putLong(spec, "localPref", a.localPref());
        K8sYaml.strings(spec, "communities", a.communities());
        K8sYaml.strings(spec, "ipAddressPools", a.ipAddressPools());
        K8sYaml.selectors(spec, "ipAddressPoolSelectors", a.ipAddressPoolSelectors(), false);
        K8sYaml.selectors(spec, "nodeSelectors", a.nodeSelectors(), false);
        K8sYaml.strings(spec, "peers", a.peers());
        K8sYaml.selectors(spec, "serviceSelectors", a.serviceSelectors(), false);
        return doc;
    }

    static ObjectNode l2Advertisement(L2Advertisement a, String ns) {
        ObjectNode doc = K8sYaml.resource(V1BETA1, "L2Advertisement", a.name(), ns);
        ObjectNode spec = doc.putObject("spec");
        K8sYaml.strings(spec, "ipAddressPools", a.ipAddressPools());
        K8sYaml.selectors(spec, "ipAddressPoolSelectors", a.ipAddressPoolSelectors(), false);
        K8sYaml.selectors(spec, "nodeSelectors", a.nodeSelectors(), false);
        K8sYaml.strings(spec, "interfaces", a.interfaces());
        return doc;
    }

    /** The Secret a BGPPeer's passwordSecret names: its type and keys, each value a placeholder (never a secret in a bundle). */
    static ObjectNode secret(KubeSecret x, String ns) {
        ObjectNode doc = K8sYaml.resource("v1", "Secret", x.name(), ns);
        putText(doc, "type", x.type());
        if (!x.keys().isEmpty()) {
            ObjectNode data = doc.putObject("stringData");
            x.keys().forEach(k -> data.put(k, Secrets.placeholder(Secrets.nameFrom(x.name(), k))));
        }
        return doc;
    }

    static void putText(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    static void putInt(ObjectNode o, String key, Integer value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    static void putLong(ObjectNode o, String key, Long value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    static void putBool(ObjectNode o, String key, Boolean value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
