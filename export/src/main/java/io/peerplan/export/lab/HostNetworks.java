package io.peerplan.export.lab;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerplan.model.IpPrefix;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's own IPv4 subnets (read-only: {@code ip -j -4 addr show} in the root namespace). A lab
 * whose networks overlap them is refused: its namespaces could never reach the host, but a user
 * reading {@code ip route} inside them must never wonder which 10.0.0.0/24 is meant.
 */
final class HostNetworks {
    private HostNetworks() {
    }

    static List<IpPrefix> own() {
        Exec.Result r = Exec.run(List.of("ip", "-j", "-4", "addr", "show"));
        List<IpPrefix> out = new ArrayList<>();
        if (!r.ok()) {
            return out;
        }
        for (JsonNode link : FrrJson.tree(r.stdout(), "ip -j -4 addr show")) {
            if (link.path("ifname").asText().equals("lo")) {
                continue;
            }
            for (JsonNode a : link.path("addr_info")) {
                if (a.has("local") && a.has("prefixlen")) {
                    out.add(IpPrefix.parse(a.get("local").asText() + "/" + a.get("prefixlen").asInt()).network());
                }
            }
        }
        return out;
    }

    static void check(LabPlan plan, List<IpPrefix> own) {
        for (LabPlan.Host h : plan.hosts()) {
            for (LabPlan.Port p : h.ports()) {
                for (IpPrefix o : own) {
                    if (p.address().network().overlaps(o)) {
                        throw new LabException(h.elementId() + " interface " + p.name() + ": " + p.address()
                                + " overlaps " + o + ", a network of this machine itself; the lab refuses to mirror"
                                + " the host's own subnets in its namespaces");
                    }
                }
            }
        }
    }
}
