package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.SortedMap;

/**
 * A Kubernetes node. Every node runs a MetalLB speaker unless it carries the label
 * {@value #EXCLUDE_LABEL} (MetalLB honours it, as the Kubernetes service controller does).
 *
 * @param id      a topology-wide id, used by failure scenarios ({@code --fail ID})
 * @param name    the Kubernetes node name
 * @param network the id of the {@link Network} the node's address lies in
 */
public record Node(String id, String name, Ip address, Role role, SortedMap<String, String> labels, String network) {

    public static final String EXCLUDE_LABEL = "node.kubernetes.io/exclude-from-external-load-balancers";

    public Node {
        labels = Lists.sorted(labels);
    }

    /** True when MetalLB runs a speaker here. */
    public boolean isSpeaker() {
        return !labels.containsKey(EXCLUDE_LABEL);
    }

    public enum Role {
        @JsonProperty("master") MASTER,
        @JsonProperty("worker") WORKER
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Node withId(String value) {
        return new Node(value, name, address, role, labels, network);
    }

    public Node withName(String value) {
        return new Node(id, value, address, role, labels, network);
    }

    public Node withAddress(Ip value) {
        return new Node(id, name, value, role, labels, network);
    }

    public Node withRole(Role value) {
        return new Node(id, name, address, value, labels, network);
    }

    public Node withLabels(Map<String, String> value) {
        return new Node(id, name, address, role, Lists.sorted(value), network);
    }

    public Node withNetwork(String value) {
        return new Node(id, name, address, role, labels, value);
    }
}
