package io.peerplan.export.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerplan.export.Secrets;
import io.peerplan.model.Ip;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The core Kubernetes objects MetalLB reads besides its own: Nodes (their names and labels are what
 * BGPPeer, BGPAdvertisement and L2Advertisement nodeSelectors match; MetalLB's
 * {@code peersShareNode} needs them) and Secrets (a BGPPeer's {@code passwordSecret}, read by
 * {@code passwordFromSecretForPeer}). A Secret's values never enter a design.
 */
final class KubeObjects {
    /** The label kubeadm puts on control-plane nodes (and the older one). */
    private static final List<String> CONTROL_PLANE = List.of("node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master");

    private KubeObjects() {
    }

    /**
     * A Node document: its name and labels, and its address from {@code status.addresses} (the
     * InternalIP, else the ExternalIP), which is where its speaker peers from. Returns false when the node
     * has no address to place it by; the caller reports it.
     */
    static boolean node(String name, Fields meta, JsonNode status, ParsedCluster c, String file, int line, String where,
            List<ImportNote> notes) {
        Map<String, String> labels = meta.map("labels");
        Ip address = address(status, "InternalIP");
        if (address == null) {
            address = address(status, "ExternalIP");
        }
        if (address == null) {
            notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, line, where, "status.addresses",
                    "no InternalIP or ExternalIP: Peerplan places a node's speaker by its address; the node is not imported"));
            return true;
        }
        boolean master = CONTROL_PLANE.stream().anyMatch(labels::containsKey);
        c.nodes.add(new Node(name, name, address, master ? Node.Role.MASTER : Node.Role.WORKER, new TreeMap<>(labels), null));
        return true;
    }

    private static Ip address(JsonNode status, String type) {
        for (JsonNode a : status.path("addresses")) {
            if (type.equals(a.path("type").asText())) {
                Ip ip = Line.ip(a.path("address").asText());
                if (ip != null) {
                    return ip;
                }
            }
        }
        return null;
    }

    /**
     * A password written inline in an object (a BGPPeer's {@code password}, an FRRConfiguration
     * neighbor's): never stored in a design; a placeholder refers to Secret {@code ref} and a note says so.
     * A placeholder (as Peerplan's bundles write them) is kept as it is.
     */
    static String inlinePassword(String password, String ref, String file, int line, String where, String field,
            List<ImportNote> notes) {
        if (password == null || Secrets.nameOf(password).isPresent()) {
            return password;
        }
        notes.add(new ImportNote(ImportNote.Kind.SECRET, file, line, where, field + ": ****",
                "the password is not stored in the design; it refers to secret '" + ref + "'"));
        return Secrets.placeholder(ref);
    }

    /** A Secret: its type and key names; each value is reported as a secret left out. */
    static void secret(String name, Fields d, ParsedCluster c, String file, int line, String where, List<ImportNote> notes) {
        String type = d.text("type");
        List<String> keys = new ArrayList<>();
        for (String field : List.of("data", "stringData")) {
            for (var e : d.map(field).entrySet()) {
                String key = e.getKey();
                if (!keys.contains(key)) {
                    keys.add(key);
                }
                if (Secrets.nameOf(e.getValue()).isPresent()) {
                    continue; // a placeholder (as Peerplan's bundles write them) holds no secret
                }
                notes.add(new ImportNote(ImportNote.Kind.SECRET, file, line, where, field + "." + key + ": ****",
                        "the value is not stored in the design; exports write a placeholder for it"));
            }
        }
        d.skip("immutable");
        c.secrets.add(new KubeSecret(name, type, keys));
    }
}
