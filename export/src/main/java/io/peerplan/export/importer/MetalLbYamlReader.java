package io.peerplan.export.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.peerplan.export.Secrets;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
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

    static List<JsonNode> documents(String file, String text) throws ImportException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                JsonNode d = it.nextValue();
                if (d != null && !d.isNull() && !d.isMissingNode()) {
                    docs.add(d);
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
        for (JsonNode doc : documents(file, text)) {
            index++;
            List<String> unread = new ArrayList<>();
            Fields d = new Fields(doc, "", unread);
            String kind = d.text("kind");
            String api = d.text("apiVersion");
            Fields meta = d.object("metadata");
            String name = meta.text("name");
            String ns = meta.text("namespace");
            meta.skip("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields");
            d.skip("status");
            String where = "document " + index + " " + kind + " " + name;
            boolean known = true;
            if (api != null && api.startsWith("metallb.io/")) {
                if (c.namespace == null) {
                    c.namespace = ns;
                }
                if (c.style == null) {
                    c.style = Cluster.ConfigStyle.CRDS;
                }
                if (name == null) {
                    unnamed(file, where, notes);
                    continue;
                }
                Fields spec = d.object("spec");
                switch (kind == null ? "" : kind) {
                    case "IPAddressPool" -> c.pools.add(pool(name, spec));
                    case "BGPPeer" -> c.peers.add(peer(name, spec, file, where, notes));
                    case "BGPAdvertisement" -> c.advertisements.add(advertisement(name, spec));
                    case "BFDProfile" -> c.bfdProfiles.add(bfd(name, spec, false));
                    case "Community" -> c.communities.add(community(name, spec));
                    case "L2Advertisement" -> c.layer2Pools.addAll(spec.strings("ipAddressPools"));
                    default -> known = false;
                }
                spec.done();
            } else if ("v1".equals(api) && "ConfigMap".equals(kind) && "config".equals(name)) {
                c.style = Cluster.ConfigStyle.LEGACY_CONFIGMAP;
                c.namespace = ns;
                Fields data = d.object("data");
                LegacyConfigReader.read(file, data.text("config"), c, notes);
                data.done();
            } else if ("v1".equals(api) && "Service".equals(kind)) {
                if (name == null) {
                    unnamed(file, where, notes);
                    continue;
                }
                c.services.add(service(name, ns, meta, d.object("spec")));
            } else {
                known = false;
            }
            if (!known) {
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, 0, where, api + " " + kind,
                        "this kind of object is not part of Peerplan's model; not imported"));
                continue;
            }
            meta.done();
            d.done();
            for (String field : unread) {
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, 0, where, field, "field not understood; not imported"));
            }
        }
    }

    /** metadata.name is required of every Kubernetes object (apimachinery ValidateObjectMeta). */
    private static void unnamed(String file, String where, List<ImportNote> notes) {
        notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, 0, where, "metadata.name",
                "missing; the API server refuses the object, so it is not imported"));
    }

    static AddressPool pool(String name, Fields s) {
        AddressPool.ServiceAllocation sa = null;
        if (s.has("serviceAllocation")) {
            Fields a = s.object("serviceAllocation");
            sa = new AddressPool.ServiceAllocation(a.integer("priority"), a.strings("namespaces"),
                    a.selectors("namespaceSelectors", false), a.selectors("serviceSelectors", false));
            a.done();
        }
        return new AddressPool(name, s.strings("addresses"), s.bool("autoAssign"), s.bool("avoidBuggyIPs"), null, sa);
    }

    static BgpPeer peer(String name, Fields s, String file, String where, List<ImportNote> notes) {
        String password = s.text("password");
        if (password != null && Secrets.nameOf(password).isEmpty()) {
            String ref = Secrets.nameFrom("metallb", name);
            notes.add(new ImportNote(ImportNote.Kind.SECRET, file, 0, where, "spec.password: ****",
                    "the password is not stored in the design; it refers to secret '" + ref + "'"));
            password = Secrets.placeholder(ref);
        }
        String secret = null;
        if (s.has("passwordSecret")) {
            Fields ps = s.object("passwordSecret");
            secret = ps.text("name");
            ps.skip("namespace");
            ps.done();
        }
        BgpPeer p = new BgpPeer(name, s.asn("myASN"), s.asn("peerASN"), s.text("dynamicASN"), s.asn("localASN"),
                s.text("peerAddress"), s.text("interface"), s.text("sourceAddress"), s.integer("peerPort"), s.text("holdTime"),
                s.text("keepaliveTime"), s.text("connectTime"), s.text("routerID"), password, secret, s.text("bfdProfile"),
                s.bool("ebgpMultiHop"), s.text("vrf"), s.bool("enableGracefulRestart"), s.bool("disableMP"),
                s.selectors("nodeSelectors", false));
        return p;
    }

    static BgpAdvertisement advertisement(String name, Fields s) {
        return new BgpAdvertisement(name, s.strings("ipAddressPools"), s.selectors("ipAddressPoolSelectors", false),
                s.integer("aggregationLength"), s.integer("aggregationLengthV6"), s.number("localPref"), s.strings("communities"),
                s.strings("peers"), s.selectors("nodeSelectors", false));
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
