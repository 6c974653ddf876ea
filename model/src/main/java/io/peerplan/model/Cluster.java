package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes cluster announcing its LoadBalancer services over BGP: its nodes (each a potential
 * speaker), its speaker's objects (MetalLB-shaped: pools, peers, advertisements, BFD profiles) and
 * its services.
 *
 * @param speaker     which BGP speaker runs the objects: MetalLB (default), frr-k8s or Cilium
 * @param backend     MetalLB's BGP implementation; only read when the speaker is MetalLB
 * @param namespace   the MetalLB namespace, {@code metallb-system} by default
 * @param management  a host with {@code kubectl} (bastion or master) for pushing the MetalLB objects
 * @param kubeContext the kubectl context to use on that host
 */
public record Cluster(
        String id,
        String name,
        String region,
        Speaker speaker,
        Backend backend,
        ConfigStyle configStyle,
        String namespace,
        List<Node> nodes,
        MetalLb metallb,
        List<Service> services,
        Management management,
        String kubeContext,
        String description) {

    public static final String DEFAULT_NAMESPACE = "metallb-system";

    public Cluster {
        nodes = Lists.copy(nodes);
        metallb = metallb == null ? MetalLb.EMPTY : metallb;
        services = Lists.copy(services);
    }

    public String displayName() {
        return name != null ? name : id;
    }

    public String effectiveNamespace() {
        return namespace != null ? namespace : DEFAULT_NAMESPACE;
    }

    public Speaker effectiveSpeaker() {
        return speaker != null ? speaker : Speaker.METALLB;
    }

    public Backend effectiveBackend() {
        return backend != null ? backend : Backend.FRR_K8S;
    }

    public ConfigStyle effectiveConfigStyle() {
        return configStyle != null ? configStyle : ConfigStyle.CRDS;
    }

    public Optional<Node> node(String nodeName) {
        return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst();
    }

    /** MetalLB's BGP implementation (reference.md §1: frr-k8s is the default since v0.16). */
    public enum Backend {
        @JsonProperty("frr") FRR,
        @JsonProperty("frr-k8s") FRR_K8S,
        /** MetalLB's own Go BGP speaker; rejects BFD, VRFs, large communities and more. */
        @JsonProperty("native") NATIVE;

        public boolean isFrr() {
            return this != NATIVE;
        }
    }

    /** How the MetalLB configuration is written: CRDs (≥ 0.13) or the legacy {@code config} ConfigMap. */
    public enum ConfigStyle {
        @JsonProperty("crds") CRDS,
        @JsonProperty("legacy-configmap") LEGACY_CONFIGMAP
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Cluster withId(String value) {
        return new Cluster(value, name, region, speaker, backend, configStyle, namespace, nodes, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withName(String value) {
        return new Cluster(id, value, region, speaker, backend, configStyle, namespace, nodes, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withRegion(String value) {
        return new Cluster(id, name, value, speaker, backend, configStyle, namespace, nodes, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withSpeaker(Speaker value) {
        return new Cluster(id, name, region, value, backend, configStyle, namespace, nodes, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withBackend(Backend value) {
        return new Cluster(id, name, region, speaker, value, configStyle, namespace, nodes, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withConfigStyle(ConfigStyle value) {
        return new Cluster(id, name, region, speaker, backend, value, namespace, nodes, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withNamespace(String value) {
        return new Cluster(id, name, region, speaker, backend, configStyle, value, nodes, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withNodes(List<Node> value) {
        return new Cluster(id, name, region, speaker, backend, configStyle, namespace, value, metallb, services, management,
                kubeContext, description);
    }

    public Cluster withMetallb(MetalLb value) {
        return new Cluster(id, name, region, speaker, backend, configStyle, namespace, nodes, value, services, management,
                kubeContext, description);
    }

    public Cluster withServices(List<Service> value) {
        return new Cluster(id, name, region, speaker, backend, configStyle, namespace, nodes, metallb, value, management,
                kubeContext, description);
    }

    public Cluster withKubeContext(String value) {
        return new Cluster(id, name, region, speaker, backend, configStyle, namespace, nodes, metallb, services, management,
                value, description);
    }

    public Cluster withDescription(String value) {
        return new Cluster(id, name, region, speaker, backend, configStyle, namespace, nodes, metallb, services, management,
                kubeContext, value);
    }
}
