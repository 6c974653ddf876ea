package io.peerplan.export.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.peerplan.export.Secrets;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.L2Advertisement;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads Kubernetes YAML holding MetalLB objects (metallb.io v1beta1/v1beta2 custom resources, or the
 * legacy {@code config} ConfigMap) and Services into a cluster. Every key it does not know, and every
 * other kind of document, is reported with the document's kind and name.
 */
final class MetalLbYamlReader {
    static final ObjectMapper YAML = new YAMLMapper();

    private MetalLbYamlReader() {
    }

    /** A YAML document and the line it starts on, so that notes point into the user's file. */
    record Document(JsonNode node, int line) {
    }

    static List<JsonNode> documents(String file, String text) throws ImportException {
        return located(file, text).stream().map(Document::node).toList();
    }

    static List<Document> located(String file, String text) throws ImportException {
        List<Document> docs = new ArrayList<>();
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode d = t == JsonToken.VALUE_NULL ? null : YAML.readTree(p);
                if (d != null && !d.isNull() && !d.isMissingNode()) {
                    docs.add(new Document(d, line));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ImportException(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file, 0, 0, "not valid YAML: " + e.getMessage());
        }
        return docs;
    }

    static void read(String file, String text, ParsedCluster c, List<ImportNote> notes) throws ImportException {
        MetalLbHeaderReader.read(text, c);
        int index = 0;
        for (Document located : located(file, text)) {
            index++;
            JsonNode doc = located.node();
            int line = located.line();
            List<String> unread = new ArrayList<>();
            Fields d = new Fields(doc, "", unread);
            String kind = d.text("kind");
            String api = d.text("apiVersion");
            Fields meta = d.object("metadata");
            String name = meta.text("name");
            // An empty name is no name: the API server refuses both (apimachinery ValidateObjectMeta).
            name = name == null || name.isBlank() ? null : name;
            String ns = meta.text("namespace");
            meta.skip("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields");
            // status is what the cluster reports at run time, not configuration.
            d.skip("status");
            String where = "document " + index + " " + kind + " " + (name == null ? "(unnamed)" : name);
            boolean known = true;
            if (api != null && api.startsWith("metallb.io/")) {
                if (name == null) {
                    unnamed(file, line, where, notes);
                    continue;
                }
                if (!inClusterNamespace(c, ns, file, line, where, notes)) {
                    continue;
                }
                if (c.style == null) {
                    c.style = Cluster.ConfigStyle.CRDS;
                }
                Fields spec = d.object("spec");
                switch (kind == null ? "" : kind) {
                    case "IPAddressPool" -> c.pools.add(pool(name, spec, new TreeMap<>(meta.map("labels"))));
                    case "BGPPeer" -> c.peers.add(peer(name, spec, file, where, notes));
                    case "BGPAdvertisement" -> c.advertisements.add(advertisement(name, spec));
                    case "BFDProfile" -> c.bfdProfiles.add(bfd(name, spec, false));
                    case "Community" -> c.communities.add(community(name, spec));
                    case "L2Advertisement" -> c.l2Advertisements.add(l2Advertisement(name, spec));
                    default -> known = false;
                }
                spec.done();
            } else if (api != null && api.startsWith(FrrK8sReader.GROUP) && FrrK8sReader.KIND.equals(kind)) {
                if (name == null) {
                    unnamed(file, line, where, notes);
                    continue;
                }
                // frr-k8s, like MetalLB, reads FRRConfigurations from its own namespace only (its controller's cache).
                if (!inClusterNamespace(c, ns, file, line, where, notes)) {
                    continue;
                }
                Fields spec = d.object("spec");
                FrrK8sReader.read(name, spec, c, new FrrK8sReader.Origin(file, line, where), notes);
                spec.done();
            } else if (api != null && api.startsWith(CiliumReader.GROUP)) {
                if (name == null) {
                    unnamed(file, line, where, notes);
                    continue;
                }
                Fields spec = d.object("spec");
                known = CiliumReader.read(kind, name, meta, spec, c, new FrrK8sReader.Origin(file, line, where), notes);
                spec.done();
            } else if ("v1".equals(api) && "ConfigMap".equals(kind) && "config".equals(name)) {
                if (!inClusterNamespace(c, ns, file, line, where, notes)) {
                    continue;
                }
                c.style = Cluster.ConfigStyle.LEGACY_CONFIGMAP;
                Fields data = d.object("data");
                LegacyConfigReader.read(file, data.text("config"), c, notes);
                data.done();
            } else if ("v1".equals(api) && "Service".equals(kind)) {
                if (name == null) {
                    unnamed(file, line, where, notes);
                    continue;
                }
                c.services.add(service(name, ns, meta, d.object("spec")));
                // The label a CiliumLoadBalancerIPPool selects (CiliumServices writes it); other labels are not modelled.
                java.util.Map<String, String> labels = new java.util.LinkedHashMap<>(meta.map("labels"));
                String poolLabel = labels.remove(io.peerplan.export.cilium.CiliumGenerator.POOL_LABEL);
                if (poolLabel != null) {
                    c.servicePoolLabels.put((ns == null ? "default" : ns) + "/" + name, poolLabel);
                }
                if (!labels.isEmpty()) {
                    unread.add("metadata.labels");
                }
            } else if ("v1".equals(api) && "Node".equals(kind)) {
                if (name == null) {
                    unnamed(file, line, where, notes);
                    continue;
                }
                known = KubeObjects.node(name, meta, doc.path("status"), c, file, line, where, notes);
            } else if ("v1".equals(api) && "Secret".equals(kind)) {
                if (name == null) {
                    unnamed(file, line, where, notes);
                    continue;
                }
                if (!inClusterNamespace(c, ns, file, line, where, notes)) {
                    continue;
                }
                KubeObjects.secret(name, d, c, file, line, where, notes);
            } else {
                known = false;
            }
            if (!known) {
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, line, where, api + " " + kind,
                        "this kind of object is not part of Peerplan's model; not imported"));
                continue;
            }
            c.documents.add(new ImportSource(null, kind + " " + name, file, line));
            meta.done();
            d.done();
            for (String field : unread) {
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, line, where, field, "field not understood; not imported"));
            }
        }
    }

    /**
     * MetalLB watches one namespace, the one it runs in (its controllers' cache is namespaced and the
     * webhooks answer "resource must be created in ... namespace"), so an object of a second namespace
     * is never read: it is reported, not imported.
     */
    private static boolean inClusterNamespace(ParsedCluster c, String ns, String file, int line, String where, List<ImportNote> notes) {
        String effective = ns == null ? Cluster.DEFAULT_NAMESPACE : ns;
        if (c.namespace == null) {
            c.namespace = effective;
            return true;
        }
        if (c.namespace.equals(effective)) {
            return true;
        }
        notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, line, where, "metadata.namespace: " + effective,
                "MetalLB reads its objects from one namespace, " + c.namespace + " here (the first object's); "
                        + "an object in a second namespace is never read, so it is not imported"));
        return false;
    }

    /** metadata.name is required of every Kubernetes object (apimachinery ValidateObjectMeta). */
    static void unnamed(String file, int line, String where, List<ImportNote> notes) {
        notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, line, where, "metadata.name",
                "missing; the API server refuses the object, so it is not imported"));
    }

    static AddressPool pool(String name, Fields s, java.util.SortedMap<String, String> labels) {
        AddressPool.ServiceAllocation sa = null;
        if (s.has("serviceAllocation")) {
            Fields a = s.object("serviceAllocation");
            sa = new AddressPool.ServiceAllocation(a.integer("priority"), a.strings("namespaces"),
                    a.selectors("namespaceSelectors", false), a.selectors("serviceSelectors", false));
            a.done();
        }
        return new AddressPool(name, s.strings("addresses"), s.bool("autoAssign"), s.bool("avoidBuggyIPs"), null, sa, labels);
    }

    static BgpPeer peer(String name, Fields s, String file, String where, List<ImportNote> notes) {
        String password = KubeObjects.inlinePassword(s.text("password"), Secrets.nameFrom("metallb", name), file, 0, where, "spec.password",
                notes);
        String secret = null;
        if (s.has("passwordSecret")) {
            Fields ps = s.object("passwordSecret");
            secret = ps.text("name");
            ps.skip("namespace");
            ps.done();
        }
        // MetalLB config.go peerFromCR's words for each value it cannot parse.
        BgpPeer p = new BgpPeer(name, s.asn("myASN"), s.asn("peerASN"), s.word("dynamicASN", "invalid dynamicASN"), s.asn("localASN"),
                s.word("peerAddress", "invalid BGPPeer address"), s.word("interface", "invalid interface"),
                s.word("sourceAddress", "invalid source IP"), s.integer("peerPort"), s.word("holdTime", "invalid hold time"),
                s.word("keepaliveTime", "invalid keepaliveTime"), s.word("connectTime", "invalid connect time"),
                s.word("routerID", "invalid router ID"), password, secret, s.word("bfdProfile", "invalid bfd profile"),
                s.bool("ebgpMultiHop"), s.word("vrf", "invalid vrf"), s.bool("enableGracefulRestart"), s.bool("disableMP"),
                s.selectors("nodeSelectors", false), s.bool("dualStackAddressFamily"));
        return p;
    }

    static BgpAdvertisement advertisement(String name, Fields s) {
        return new BgpAdvertisement(name, s.strings("ipAddressPools"), s.selectors("ipAddressPoolSelectors", false),
                s.integer("aggregationLength"), s.integer("aggregationLengthV6"), s.number("localPref"), s.strings("communities"),
                s.strings("peers"), s.selectors("nodeSelectors", false), s.selectors("serviceSelectors", false));
    }

    static L2Advertisement l2Advertisement(String name, Fields s) {
        return new L2Advertisement(name, s.strings("ipAddressPools"), s.selectors("ipAddressPoolSelectors", false),
                s.selectors("nodeSelectors", false), s.strings("interfaces"));
    }

    static MetalLbBfdProfile bfd(String name, Fields s, boolean legacy) {
        return new MetalLbBfdProfile(name, s.integer(legacy ? "receive-interval" : "receiveInterval"),
                s.integer(legacy ? "transmit-interval" : "transmitInterval"), s.integer(legacy ? "detect-multiplier" : "detectMultiplier"),
                s.integer(legacy ? "echo-interval" : "echoInterval"), s.bool(legacy ? "echo-mode" : "echoMode"),
                s.bool(legacy ? "passive-mode" : "passiveMode"), s.integer(legacy ? "minimum-ttl" : "minimumTtl"));
    }

    static Community community(String name, Fields s) {
        List<Community.Alias> aliases = new ArrayList<>();
        for (Fields a : s.objects("communities")) {
            aliases.add(new Community.Alias(a.text("name"), a.text("value")));
            a.done();
        }
        return new Community(name, aliases);
    }

    static Service service(String name, String ns, Fields meta, Fields spec) {
        TreeMap<String, String> annotations = new TreeMap<>(meta.map("annotations"));
        String pool = annotation(annotations, "address-pool");
        String sharing = annotation(annotations, "allow-shared-ip");
        String ips = annotation(annotations, "loadBalancerIPs");
        spec.skip("type", "clusterIP", "clusterIPs");
        String policy = spec.text("externalTrafficPolicy");
        List<Service.Port> ports = new ArrayList<>();
        for (Fields p : spec.objects("ports")) {
            Integer nodePort = p.integer("nodePort");
            Integer port = p.integer("port");
            String target = p.text("targetPort");
            if (target != null && !Service.Port.isTargetPort(target)) {
                p.invalid("targetPort", target + " is neither a port number 1-65535 nor a port name");
                target = null;
            }
            ports.add(new Service.Port(p.text("name"), port == null ? 0 : port, target, p.text("protocol"), nodePort));
            p.done();
        }
        return new Service(ns, name, pool, ips == null ? List.of() : List.of(ips.split(",")), spec.text("loadBalancerIP"), null,
                sharing, policy == null ? null : "Local".equals(policy) ? Service.TrafficPolicy.LOCAL : Service.TrafficPolicy.CLUSTER,
                ports, new TreeMap<>(spec.map("selector")), null, annotations);
    }

    /** Takes a MetalLB annotation out of the map in either spelling (metallb.io/ or the legacy metallb.universe.tf/). */
    private static String annotation(TreeMap<String, String> annotations, String key) {
        String v = annotations.remove("metallb.io/" + key);
        String legacy = annotations.remove("metallb.universe.tf/" + key);
        return v != null ? v : legacy;
    }
}
