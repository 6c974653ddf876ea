package io.peerplan.app.inspect;

import io.peerplan.app.design.ClusterAs;
import io.peerplan.app.design.Elements;
import io.peerplan.app.design.Refs;
import io.peerplan.app.design.Renaming;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.Grammar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Fields of a cluster and of what it holds: nodes and services (address pools: {@link PoolFields}). */
final class ClusterFields {
    private ClusterFields() {
    }

    /**
     * A cluster's form has the fields of its speaker: MetalLB's backend and config style mean nothing
     * to frr-k8s or Cilium, and Cilium's objects are cluster-scoped (no namespace). The shape follows
     * the Speaker drop-down, so the form is rebuilt when it changes.
     */
    static List<FieldSpec> cluster(Topology topology, String key) {
        Speaker speaker = ((Cluster) Fields.element(topology, key)).effectiveSpeaker();
        List<FieldSpec> out = new ArrayList<>(List.of(Fields.id(key, "Cluster"),
                Fields.text(key, "Cluster", "Name", Cluster::name, Cluster::withName, Parse::optional, null),
                Fields.choice(key, "Cluster", "Speaker", Cluster::speaker, Cluster::withSpeaker, Speaker.class, true,
                        "The BGP speaker that runs the objects below: MetalLB (default), frr-k8s or Cilium (docs/speakers.md)")));
        String section = speaker.label();
        if (speaker == Speaker.METALLB) {
            out.add(Fields.choice(key, section, "Backend", Cluster::backend, Cluster::withBackend, Cluster.Backend.class,
                    true, "frr-k8s is MetalLB's default since v0.16; native rejects BFD"));
            out.add(Fields.choice(key, section, "Config style", Cluster::configStyle, Cluster::withConfigStyle,
                    Cluster.ConfigStyle.class, true, "CRDs (MetalLB ≥ 0.13) or the legacy config ConfigMap"));
        }
        out.add(FieldSpec.text(section, "AS number", switch (speaker) {
            case METALLB -> "The speakers' AS (every BGPPeer's myASN); the routers' remote-as follow";
            case FRR_K8S -> "The speakers' AS (each FRRConfiguration's spec.bgp.routers[].asn); the routers' remote-as follow";
            case CILIUM -> "The speakers' AS (CiliumBGPClusterConfig bgpInstances[].localASN); the routers' remote-as follow";
        }, t -> ClusterAs.of((Cluster) Fields.element(t, key)), (t, s) -> ClusterAs.renumber(t, key, Parse.requiredAsn(s).value())));
        if (speaker != Speaker.CILIUM) {
            out.add(Fields.text(key, section, "Namespace", Cluster::namespace, Cluster::withNamespace, Parse::optional,
                    speaker == Speaker.METALLB ? Cluster.DEFAULT_NAMESPACE + " by default"
                            : "frr-k8s reads FRRConfigurations from its own namespace (" + Cluster.DEFAULT_NAMESPACE + " by default)"));
        }
        out.add(Fields.text(key, "Cluster", "kubectl context", Cluster::kubeContext, Cluster::withKubeContext, Parse::optional, null));
        out.add(Fields.text(key, "Cluster", "Description", Cluster::description, Cluster::withDescription, Parse::freeText, null));
        out.addAll(MetalLbObjectFields.clusterTables(topology, key));
        return out;
    }

    static List<FieldSpec> node(Topology topology, String key) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(Fields.id(key, "Node"));
        out.add(FieldSpec.text("Node", "Name", "The Kubernetes node name (services' endpoints use it)",
                t -> ((Node) Fields.element(t, key)).name(),
                (t, s) -> {
                    String name = Parse.required(s, "a node name");
                    Cluster c = Elements.owningCluster(t, key).orElseThrow();
                    if (c.nodes().stream().anyMatch(n -> !n.id().equals(key) && n.name().equals(name))) {
                        throw new IllegalArgumentException("cluster '" + c.id() + "' already has a node named '" + name + "'");
                    }
                    return Renaming.renameNode(t, key, name);
                }));
        out.add(Fields.text(key, "Node", "Address", Node::address, Node::withAddress, s -> {
            var ip = Parse.ip(s);
            if (ip == null) {
                throw new IllegalArgumentException("a node needs an address");
            }
            return ip;
        }, "The node's IP: where its MetalLB speaker connects from"));
        out.add(Fields.choice(key, "Node", "Role", Node::role, Node::withRole, Node.Role.class, true, null));
        out.add(FieldSpec.choice("Node", "Network", Fields.concat("", topology.networks().stream().map(Network::id).toList()),
                "The network the address lies in",
                t -> Parse.text(((Node) Fields.element(t, key)).network()),
                (t, s) -> Elements.replace(t, key, Fields.<Node>typed(t, key).withNetwork(network(t, s)))));
        out.add(FieldSpec.check("Node", "MetalLB speaker", "Unchecked adds the label " + Node.EXCLUDE_LABEL,
                t -> Boolean.toString(((Node) Fields.element(t, key)).isSpeaker()),
                (t, s) -> {
                    Node n = (Node) Fields.element(t, key);
                    Map<String, String> labels = new TreeMap<>(n.labels());
                    if (Boolean.parseBoolean(s)) {
                        labels.remove(Node.EXCLUDE_LABEL);
                    } else {
                        labels.put(Node.EXCLUDE_LABEL, "");
                    }
                    return Elements.replace(t, key, n.withLabels(labels));
                }));
        out.add(FieldSpec.area("Node", "Labels", "key=value, one per line or comma-separated",
                t -> Parse.labels(((Node) Fields.element(t, key)).labels()),
                (t, s) -> Elements.replace(t, key, Fields.<Node>typed(t, key).withLabels(Parse.labels(s)))));
        return out;
    }

    /** One address, as written, checked with the model's parser. */
    private static String address(String s) {
        var ip = Parse.ip(s);
        return ip == null ? null : ip.toString();
    }

    private static String network(Topology t, String s) {
        String id = Parse.optional(s);
        if (id != null && t.networks().stream().map(Network::id).noneMatch(id::equals)) {
            throw new IllegalArgumentException("no network with id '" + id + "'");
        }
        return id;
    }

    static List<FieldSpec> service(Topology topology, String key) {
        String cluster = Refs.cluster(key);
        List<String> pools = Fields.concat("", Elements.owningCluster(topology, key).map(c -> c.metallb().pools().stream()
                .map(AddressPool::name).toList()).orElse(List.of()));
        List<FieldSpec> out = new ArrayList<>(List.of(
                Fields.text(key, "Service", "Namespace", Service::namespace, Service::withNamespace, Parse::optional,
                        "default when empty")
                        .rekeyedBy((k, s) -> cluster + "/service/" + (Parse.optional(s) == null ? "default" : s.trim()) + "/"
                                + Refs.parts(k).get(3)),
                FieldSpec.text("Service", "Name", null, t -> ((Service) Fields.element(t, key)).name(),
                        (t, s) -> Elements.replace(t, key, Fields.<Service>typed(t, key).withName(Parse.required(s, "a name"))))
                        .rekeyedBy((k, s) -> cluster + "/service/" + Refs.parts(k).get(2) + "/" + s.trim()),
                FieldSpec.choice("Service", "Pool", pools, "metallb.io/address-pool",
                        t -> Parse.text(((Service) Fields.element(t, key)).pool()),
                        (t, s) -> Elements.replace(t, key, Fields.<Service>typed(t, key).withPool(Parse.optional(s)))),
                Fields.area(key, "Service", "LoadBalancer IPs", Service::loadBalancerIPs, Service::withLoadBalancerIPs,
                        s -> Parse.list(s), v -> Parse.list(v),
                        "metallb.io/loadBalancerIPs: the IPs requested (anycast when two clusters request one)"),
                Fields.text(key, "Service", "LoadBalancer IP", Service::loadBalancerIP, Service::withLoadBalancerIP,
                        ClusterFields::address, "spec.loadBalancerIP: the one IP requested, deprecated since Kubernetes 1.24"),
                Fields.text(key, "Service", "Sharing key", Service::sharingKey, Service::withSharingKey,
                        s -> Parse.optional(s, Grammar.LINE),
                        "metallb.io/allow-shared-ip: services with the same key may share an IP"),
                Fields.choice(key, "Service", "Traffic policy", Service::externalTrafficPolicy,
                        Service::withExternalTrafficPolicy, Service.TrafficPolicy.class, true,
                        "Local: only nodes with a ready endpoint announce"),
                FieldSpec.area("Service", "Endpoint nodes", "Node names with a ready endpoint",
                        t -> Parse.list(((Service) Fields.element(t, key)).endpointNodes()),
                        (t, s) -> {
                            Cluster c = Elements.owningCluster(t, key).orElseThrow();
                            List<String> names = Parse.list(s);
                            for (String n : names) {
                                if (c.node(n).isEmpty()) {
                                    throw new IllegalArgumentException("cluster '" + c.id() + "' has no node named '" + n + "'");
                                }
                            }
                            return Elements.replace(t, key, Fields.<Service>typed(t, key).withEndpointNodes(names));
                        })));
        out.addAll(ServiceSpecFields.of(key));
        return out;
    }
}
