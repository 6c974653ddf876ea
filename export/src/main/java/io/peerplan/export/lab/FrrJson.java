package io.peerplan.export.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses the JSON FRR 8.4 prints for {@code show bgp ipv4 unicast json} and {@code show bgp summary json}. */
final class FrrJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FrrJson() {
    }

    static JsonNode tree(String text, String what) {
        try {
            return JSON.readTree(text.isBlank() ? "{}" : text);
        } catch (java.io.IOException e) {
            throw new LabException("unreadable JSON from '" + what + "': " + e.getMessage());
        }
    }

    static LabRib rib(String elementId, String text) {
        JsonNode routes = tree(text, "show bgp ipv4 unicast json").path("routes");
        Map<IpPrefix, List<LabRib.Path>> out = new LinkedHashMap<>();
        for (var it = routes.properties().iterator(); it.hasNext();) {
            var e = it.next();
            List<LabRib.Path> paths = new ArrayList<>();
            for (JsonNode p : e.getValue()) {
                paths.add(path(p));
            }
            out.put(IpPrefix.parse(e.getKey()), paths);
        }
        return new LabRib(elementId, out);
    }

    private static LabRib.Path path(JsonNode p) {
        String peerId = p.path("peerId").asText("");
        Ip peer = peerId.isEmpty() || peerId.startsWith("(") || peerId.equals("0.0.0.0") ? null : Ip.parse(peerId);
        List<Long> asPath = new ArrayList<>();
        for (String part : p.path("path").asText("").split("[\\s{},]+")) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                asPath.add(Long.parseLong(part));
            }
        }
        Ip nextHop = null;
        for (JsonNode nh : p.path("nexthops")) {
            if (nh.has("ip") && nh.path("afi").asText("ipv4").equals("ipv4")) {
                nextHop = Ip.parse(nh.get("ip").asText());
                break;
            }
        }
        return new LabRib.Path(peer, asPath, origin(p.path("origin").asText("")),
                p.has("metric") ? p.get("metric").asLong() : null, p.has("locPrf") ? p.get("locPrf").asLong() : null,
                p.path("weight").asLong(0), nextHop, p.path("valid").asBoolean(false),
                p.path("bestpath").asBoolean(false), p.has("selectionReason") ? p.get("selectionReason").asText() : null,
                p.path("multipath").asBoolean(false), p.path("pathFrom").asText("").equals("internal"));
    }

    /** FRR writes "IGP", "EGP" and "incomplete"; the simulator contract uses the same words. */
    private static String origin(String o) {
        return switch (o.toLowerCase(java.util.Locale.ROOT)) {
            case "igp", "i" -> "IGP";
            case "egp", "e" -> "EGP";
            case "incomplete", "?" -> "incomplete";
            default -> o;
        };
    }

    /** Neighbor address to {@code state} (Established, Active...) from {@code show bgp summary json}. */
    static Map<String, String> sessionStates(String text) {
        JsonNode peers = tree(text, "show bgp summary json").path("ipv4Unicast").path("peers");
        Map<String, String> out = new LinkedHashMap<>();
        for (var it = peers.properties().iterator(); it.hasNext();) {
            var e = it.next();
            out.put(e.getKey(), e.getValue().path("state").asText("?"));
        }
        return out;
    }
}
