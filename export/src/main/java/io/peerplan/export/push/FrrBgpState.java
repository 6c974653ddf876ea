package io.peerplan.export.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads FRR's JSON answers (frr-lab.md "Read the results as JSON"): session states from
 * {@code show bgp ipv4 unicast summary json} and prefixes from {@code advertised-routes json}.
 */
final class FrrBgpState {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FrrBgpState() {
    }

    /** Neighbor address → state ("Established", "Active", ...); empty when BGP is not running. */
    static Map<String, String> sessions(String summaryJson) throws PushFailure {
        JsonNode root = parse(summaryJson, "show bgp summary");
        JsonNode peers = root.has("ipv4Unicast") ? root.path("ipv4Unicast").path("peers") : root.path("peers");
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = peers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().path("state").asText("unknown"));
        }
        return out;
    }

    /** The prefixes listed in {@code advertised-routes json}. */
    static Set<String> advertised(String json) throws PushFailure {
        JsonNode routes = parse(json, "advertised-routes").path("advertisedRoutes");
        Set<String> out = new LinkedHashSet<>();
        routes.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * True when {@code show bgp ipv4 unicast PREFIX json} lists a valid path. A {@code network} whose
     * route is missing from the RIB (import-check) is listed with {@code valid} absent/false and is
     * "Not advertised to any peer" (FrrFactsTest, import-check).
     */
    static boolean inTable(String json) throws PushFailure {
        for (JsonNode p : parse(json, "show bgp PREFIX").path("paths")) {
            if (p.path("valid").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parse(String text, String what) throws PushFailure {
        String t = text.strip();
        if (t.isEmpty()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(t);
        } catch (java.io.IOException e) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "'" + what + " json' printed something that is not JSON: "
                    + t.lines().findFirst().orElse(""));
        }
    }
}
