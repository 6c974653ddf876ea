package io.peerplan.app.ui.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.app.render.SimulationMarks;
import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.RibEntry;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SimulationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Design against reality: each router's {@code show bgp ipv4 unicast summary json} (FRR 8.4,
 * {@code peers.ADDRESS.state} and {@code pfxRcd}) compared with the simulated sessions and the
 * prefixes each neighbor should send. A session the design expects but the router does not list,
 * one not Established, or a received-prefix count that differs is drift.
 */
public final class LiveComparison {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One neighbor as the router reports it. */
    public record Peer(String state, Integer prefixesReceived) {
    }

    /** One design session compared with its router's report. */
    public record SessionCheck(String session, String peering, String router, String neighborAddress, boolean expectedUp,
            int expectedPrefixes, Peer actual, String drift) {
        public boolean drifted() {
            return drift != null;
        }
    }

    private LiveComparison() {
    }

    /** Neighbor address → state and received prefixes, from {@code show bgp [ipv4 unicast] summary json}. */
    public static Map<String, Peer> parseSummary(String json) throws IOException {
        JsonNode root = json == null || json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        JsonNode peers = root.has("ipv4Unicast") ? root.path("ipv4Unicast").path("peers") : root.path("peers");
        Map<String, Peer> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = peers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            out.put(e.getKey(), new Peer(p.path("state").asText("unknown"), p.has("pfxRcd") ? p.path("pfxRcd").asInt() : null));
        }
        return out;
    }

    /** Compares every session of the routers that answered with the design's expectations. */
    public static List<SessionCheck> compare(SimulationResult design, Map<String, Map<String, Peer>> reports) {
        List<SessionCheck> out = new ArrayList<>();
        for (SessionState s : design.sessions()) {
            for (int side = 0; side < 2; side++) {
                String router = side == 0 ? s.a() : s.b();
                String other = side == 0 ? s.b() : s.a();
                Map<String, Peer> report = reports.get(router);
                if (report == null) {
                    continue;
                }
                String address = String.valueOf(side == 0 ? s.addressB() : s.addressA());
                int expected = s.up() ? received(design, router, other) : 0;
                Peer actual = report.get(address);
                String drift = null;
                if (s.up() && actual == null) {
                    drift = "missing session";
                } else if (s.up() && !"Established".equals(actual.state())) {
                    drift = actual.state() + ", design: Established";
                } else if (s.up() && actual.prefixesReceived() != null && actual.prefixesReceived() != expected) {
                    drift = actual.prefixesReceived() + " prefixes, design: " + expected;
                }
                out.add(new SessionCheck(s.id(), s.peering(), router, address, s.up(), expected, actual, drift));
            }
        }
        return out;
    }

    /** How many prefixes the router should hold from that neighbor (FRR's pfxRcd counts accepted paths). */
    static int received(SimulationResult design, String router, String neighbor) {
        return design.rib(router).map(rib -> (int) rib.entries().values().stream()
                .filter(e -> from(e, neighbor).isPresent()).count()).orElse(0);
    }

    private static Optional<BgpPath> from(RibEntry e, String neighbor) {
        return e.candidates().stream().filter(p -> neighbor.equals(p.fromPeer())).findFirst();
    }

    /** The per-peering overlay: drift in red with its reason, else the state and prefix count. */
    public static Map<String, SimulationMarks.LiveLink> overlay(List<SessionCheck> checks) {
        Map<String, SimulationMarks.LiveLink> out = new LinkedHashMap<>();
        for (SessionCheck c : checks) {
            SimulationMarks.LiveLink now = c.drifted() ? new SimulationMarks.LiveLink(c.router() + ": " + c.drift(), true)
                    : new SimulationMarks.LiveLink(c.actual() == null ? "not configured" : c.actual().state()
                            + (c.actual().prefixesReceived() == null ? "" : " · " + c.actual().prefixesReceived() + " pfx"), false);
            out.merge(c.peering(), now, (a, b) -> a.drift() ? a : b);
        }
        return out;
    }
}
