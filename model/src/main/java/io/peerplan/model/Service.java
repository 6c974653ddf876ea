package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A Service of type LoadBalancer.
 *
 * @param pool            {@code metallb.io/address-pool}
 * @param loadBalancerIPs {@code metallb.io/loadBalancerIPs}: the IPs requested (seed 000's anycast .70)
 * @param loadBalancerIP  the deprecated {@code spec.loadBalancerIP} (seed 002)
 * @param assignedIPs     IPs MetalLB assigned when none was requested (seen in {@code kubectl get svc})
 * @param sharingKey      {@code metallb.io/allow-shared-ip}
 * @param endpointNodes   names of nodes with a ready endpoint; with {@code externalTrafficPolicy: Local}
 *                        only these announce (MetalLB speaker, {@code shouldAnnounce})
 * @param annotations     other annotations kept as written (e.g. {@code loadbalancer.openstack.org/class})
 */
public record Service(
        String namespace,
        String name,
        String pool,
        List<String> loadBalancerIPs,
        String loadBalancerIP,
        List<String> assignedIPs,
        String sharingKey,
        TrafficPolicy externalTrafficPolicy,
        List<Port> ports,
        SortedMap<String, String> selector,
        List<String> endpointNodes,
        SortedMap<String, String> annotations) {

    public Service {
        loadBalancerIPs = Lists.copy(loadBalancerIPs);
        assignedIPs = Lists.copy(assignedIPs);
        ports = Lists.copy(ports);
        selector = Lists.sorted(selector);
        endpointNodes = Lists.copy(endpointNodes);
        annotations = Lists.sorted(annotations);
    }

    public String effectiveNamespace() {
        return namespace != null ? namespace : "default";
    }

    /** The IPs this service holds: requested ones if any, else the assigned ones (raw text). */
    public List<String> ips() {
        List<String> out = new ArrayList<>(loadBalancerIPs);
        if (loadBalancerIP != null && !out.contains(loadBalancerIP)) {
            out.add(loadBalancerIP);
        }
        if (out.isEmpty()) {
            out.addAll(assignedIPs);
        }
        return out;
    }

    public TrafficPolicy effectiveTrafficPolicy() {
        return externalTrafficPolicy != null ? externalTrafficPolicy : TrafficPolicy.CLUSTER;
    }

    public enum TrafficPolicy {
        @JsonProperty("Cluster") CLUSTER,
        @JsonProperty("Local") LOCAL
    }

    /** A service port: {@code name}, {@code port}, {@code targetPort}, {@code protocol}, {@code nodePort}. */
    public record Port(String name, int port, String targetPort, String protocol, Integer nodePort) {
        /** IANA_SVC_NAME (apimachinery validation.IsValidPortName): 1-15 lowercase letters, digits, inner '-', no "--". */
        private static final java.util.regex.Pattern PORT_NAME = java.util.regex.Pattern.compile("(?!.*--)[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?");
        /** Compiled once: {@code String.matches} compiled it for every port of every service the loader checks. */
        private static final java.util.regex.Pattern PORT_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,5}");

        /** Kubernetes IntOrString targetPort: a number 1-65535 or a port name with a letter (core/v1 validation, validatePorts). */
        public static boolean isTargetPort(String value) {
            if (PORT_NUMBER.matcher(value).matches()) {
                int port = Integer.parseInt(value);
                return port >= 1 && port <= 65535;
            }
            return PORT_NAME.matcher(value).matches() && value.chars().anyMatch(Character::isLetter);
        }
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Service withNamespace(String value) {
        return new Service(value, name, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey,
                externalTrafficPolicy, ports, selector, endpointNodes, annotations);
    }

    public Service withName(String value) {
        return new Service(namespace, value, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey,
                externalTrafficPolicy, ports, selector, endpointNodes, annotations);
    }

    public Service withPool(String value) {
        return new Service(namespace, name, value, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey,
                externalTrafficPolicy, ports, selector, endpointNodes, annotations);
    }

    public Service withLoadBalancerIP(String value) {
        return new Service(namespace, name, pool, loadBalancerIPs, value, assignedIPs, sharingKey, externalTrafficPolicy,
                ports, selector, endpointNodes, annotations);
    }

    public Service withSharingKey(String value) {
        return new Service(namespace, name, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, value, externalTrafficPolicy,
                ports, selector, endpointNodes, annotations);
    }

    public Service withLoadBalancerIPs(List<String> value) {
        return new Service(namespace, name, pool, value, loadBalancerIP, assignedIPs, sharingKey, externalTrafficPolicy,
                ports, selector, endpointNodes, annotations);
    }

    public Service withExternalTrafficPolicy(TrafficPolicy value) {
        return new Service(namespace, name, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey, value,
                ports, selector, endpointNodes, annotations);
    }

    public Service withEndpointNodes(List<String> value) {
        return new Service(namespace, name, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey,
                externalTrafficPolicy, ports, selector, value, annotations);
    }

    public Service withAssignedIPs(List<String> value) {
        return new Service(namespace, name, pool, loadBalancerIPs, loadBalancerIP, value, sharingKey,
                externalTrafficPolicy, ports, selector, endpointNodes, annotations);
    }

    public Service withPorts(List<Port> value) {
        return new Service(namespace, name, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey,
                externalTrafficPolicy, value, selector, endpointNodes, annotations);
    }

    public Service withSelector(SortedMap<String, String> value) {
        return new Service(namespace, name, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey,
                externalTrafficPolicy, ports, value, endpointNodes, annotations);
    }

    public Service withAnnotations(SortedMap<String, String> value) {
        return new Service(namespace, name, pool, loadBalancerIPs, loadBalancerIP, assignedIPs, sharingKey,
                externalTrafficPolicy, ports, selector, endpointNodes, value);
    }
}
