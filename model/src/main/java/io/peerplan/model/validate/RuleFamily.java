package io.peerplan.model.validate;

/** The groups of rules; each rule ID starts with its family's prefix. */
public enum RuleFamily {
    METALLB("METALLB-", "MetalLB webhook parity"),
    FRR_K8S("FRRK8S-", "frr-k8s webhook parity"),
    CILIUM("CILIUM-", "Cilium BGP control plane"),
    SESSION("BGP-SESSION-", "BGP session compatibility"),
    ADDRESSING("ADDR-", "Addressing"),
    ASN("ASN-", "AS numbers"),
    POLICY("POLICY-", "Policy and platform"),
    GRAPH("GRAPH-", "Topology graph"),
    INPUT("INPUT-", "Field syntax");

    private final String prefix;
    private final String title;

    RuleFamily(String prefix, String title) {
        this.prefix = prefix;
        this.title = title;
    }

    public String prefix() {
        return prefix;
    }

    public String title() {
        return title;
    }
}
