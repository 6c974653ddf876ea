package io.peerplan.export.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Turns {@code kubectl get -o json} output (one object or a v1 List) into a List that can be applied
 * back: server-set metadata (uid, resourceVersion, generation, creationTimestamp, managedFields) and
 * status are dropped, since a server-side apply must not carry them.
 */
final class KubeObjects {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVER_FIELDS = List.of("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields",
            "selfLink");

    private KubeObjects() {
    }

    /** A v1 List JSON of the saved objects, or "" when there were none. */
    static String restorable(String getJson) throws PushFailure {
        if (getJson == null || getJson.isBlank()) {
            return "";
        }
        try {
            JsonNode root = JSON.readTree(getJson);
            ArrayNode items = JSON.createArrayNode();
            if ("List".equals(root.path("kind").asText()) || root.has("items")) {
                root.path("items").forEach(items::add);
            } else {
                items.add(root);
            }
            if (items.isEmpty()) {
                return "";
            }
            for (JsonNode item : items) {
                ObjectNode o = (ObjectNode) item;
                o.remove("status");
                if (o.get("metadata") instanceof ObjectNode meta) {
                    SERVER_FIELDS.forEach(meta::remove);
                    if (meta.get("annotations") instanceof ObjectNode ann) {
                        ann.remove("kubectl.kubernetes.io/last-applied-configuration");
                    }
                }
            }
            ObjectNode list = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "List");
            list.set("items", items);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
        } catch (IOException | ClassCastException e) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "kubectl get -o json printed something Peerplan cannot read back: " + e.getMessage());
        }
    }
}
