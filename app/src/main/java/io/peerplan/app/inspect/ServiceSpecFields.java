package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.TreeMap;

/**
 * A service's spec as its manifest carries it (ports, selector) and the IPs MetalLB assigned it
 * (status.loadBalancer.ingress, what the exporter's header and the simulator read when none is
 * requested). Ports are checked as Kubernetes' core/v1 validatePorts checks them.
 */
final class ServiceSpecFields {
    private static final List<String> PROTOCOLS = List.of("", "TCP", "UDP", "SCTP");

    private ServiceSpecFields() {
    }

    static List<FieldSpec> of(String key) {
        return List.of(
                Fields.area(key, "Service", "Assigned IPs", Service::assignedIPs, Service::withAssignedIPs,
                        s -> Parse.list(s), v -> Parse.list(v),
                        "status.loadBalancer.ingress: the IPs MetalLB gave the service (used when none is requested)"),
                FieldSpec.area("Service", "Selector", "spec.selector: key=value, one per line or comma-separated",
                        t -> Parse.labels(Fields.<Service>typed(t, key).selector()),
                        (t, s) -> Elements.replace(t, key, Fields.<Service>typed(t, key).withSelector(new TreeMap<>(Parse.labels(s))))),
                ports(key),
                FieldSpec.area("Service", "Annotations",
                        "metadata.annotations besides MetalLB's own (those are the fields above): key=value, one per line",
                        t -> Parse.labels(Fields.<Service>typed(t, key).annotations()),
                        (t, s) -> Elements.replace(t, key, Fields.<Service>typed(t, key).withAnnotations(annotations(s)))));
    }

    private static FieldSpec ports(String key) {
        return FieldSpec.table("Service", "Ports", "spec.ports: port, targetPort, protocol, nodePort",
                ListTable.<Service.Port>of("port", t -> Fields.<Service>typed(t, key).ports(),
                        (t, list) -> Elements.replace(t, key, Fields.<Service>typed(t, key).withPorts(list)),
                        (t, list) -> new Service.Port(null, list.stream().mapToInt(Service.Port::port).max().orElse(79) + 1,
                                null, "TCP", null))
                        .text("Name", "Required when the service has more than one port", Service.Port::name,
                                (t, p, s) -> new Service.Port(Parse.optional(s), p.port(), p.targetPort(), p.protocol(), p.nodePort()))
                        .text("Port", "1-65535", Service.Port::port,
                                (t, p, s) -> new Service.Port(p.name(), Parse.integer(Parse.required(s, "a port"), 1, 65535, "port"),
                                        p.targetPort(), p.protocol(), p.nodePort()))
                        .text("Target port", "A number 1-65535 or a container port name (empty: the port)",
                                Service.Port::targetPort, (t, p, s) -> new Service.Port(p.name(), p.port(), targetPort(s),
                                        p.protocol(), p.nodePort()))
                        .choice("Protocol", PROTOCOLS, "TCP when empty", Service.Port::protocol,
                                (t, p, s) -> new Service.Port(p.name(), p.port(), p.targetPort(), Parse.optional(s), p.nodePort()))
                        .text("Node port", "30000-32767 by default (empty: Kubernetes picks one)", Service.Port::nodePort,
                                (t, p, s) -> new Service.Port(p.name(), p.port(), p.targetPort(), p.protocol(),
                                        Parse.integer(s, 1, 65535, "node port")))
                        .unique("port", Service.Port::port));
    }

    /**
     * The other annotations of the manifest. MetalLB's own keys are refused here: the exporter
     * writes them from the pool, sharing key and IPs fields (ServiceManifestGenerator), and one
     * written here would be overwritten there.
     */
    private static TreeMap<String, String> annotations(String s) {
        TreeMap<String, String> out = new TreeMap<>(Parse.labels(s));
        for (String k : out.keySet()) {
            if (k.startsWith("metallb.io/") || k.startsWith("metallb.universe.tf/")) {
                throw new IllegalArgumentException("'" + k + "' is MetalLB's own: set it with the Pool, LoadBalancer IPs or "
                        + "sharing fields");
            }
        }
        return out;
    }

    private static String targetPort(String s) {
        String v = Parse.optional(s);
        if (v != null && !Service.Port.isTargetPort(v)) {
            throw new IllegalArgumentException("'" + v + "' is neither a port 1-65535 nor a port name");
        }
        return v;
    }
}
