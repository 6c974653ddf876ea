package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The BGP speaker a cluster runs for its LoadBalancer services. The cluster's pools, peers,
 * advertisements and BFD profiles ({@link MetalLb}) are the design's intent; the speaker decides
 * which objects express it and how the nodes behave where the implementations differ. Each
 * exporter, importer and simulation behaviour is chosen per constant by one exhaustive switch
 * (the export module's {@code ClusterExporters}), so a new speaker does not compile until it has
 * all of them.
 */
public enum Speaker {
    /** MetalLB in BGP mode, native or FRR backend ({@link Cluster.Backend}): metallb.io objects. */
    @JsonProperty("metallb") METALLB("MetalLB"),
    /** frr-k8s on its own (github.com/metallb/frr-k8s): frrk8s.metallb.io/v1beta1 FRRConfiguration objects. */
    @JsonProperty("frr-k8s") FRR_K8S("frr-k8s"),
    /** Cilium's BGP Control Plane v2 with LB-IPAM (cilium.io/v2): GoBGP speakers in the Cilium agents. */
    @JsonProperty("cilium") CILIUM("Cilium BGP");

    private final String label;

    Speaker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name in project files and on the command line ({@code --speaker}). */
    public String id() {
        return switch (this) {
            case METALLB -> "metallb";
            case FRR_K8S -> "frr-k8s";
            case CILIUM -> "cilium";
        };
    }

    /**
     * Whether the nodes' BGP daemon is FRR: MetalLB only in FRR mode, frr-k8s always, Cilium never
     * (its BGP Control Plane embeds GoBGP). An FRR speaker runs BFD for a peer that names a BFD
     * profile (bfdd; FRRConfiguration {@code bfdProfiles}); a Go speaker has no BFD (CiliumBGPPeerConfig
     * has no BFD field, MetalLB's native speaker refuses it), so a failed node is noticed when the
     * hold timer expires.
     */
    public boolean runsFrr(Cluster.Backend metallbBackend) {
        return switch (this) {
            case METALLB -> metallbBackend.isFrr();
            case FRR_K8S -> true;
            case CILIUM -> false;
        };
    }

    /**
     * The prefix length an IPv4 service address is announced with through this advertisement: its
     * {@code aggregationLength}, except with Cilium, whose v2 CiliumBGPAdvertisement service options
     * (the CRD the export is validated against) list address types only: each LoadBalancer IP goes
     * out as a host route, as the export warns.
     */
    public int announcedLength(BgpAdvertisement a) {
        return this == CILIUM ? 32 : a.effectiveAggregationLength();
    }

    /** The design with every cluster run by this speaker (what {@code --speaker} exports and compares). */
    public Topology applyTo(Topology t) {
        return SpeakerSwitch.everyCluster(this).applyTo(t);
    }

    /** The speaker named {@code id} ({@link #id()}), for the command line. */
    public static Speaker parse(String id) {
        for (Speaker s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a speaker; use "
                + String.join(", ", java.util.Arrays.stream(values()).map(Speaker::id).toList()));
    }
}
