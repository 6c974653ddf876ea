package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.Kind;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.ListenRange;
import io.peerplan.model.Network;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Topology;
import io.peerplan.app.design.Records;
import java.util.ArrayList;
import java.util.List;

/** The fields the inspector shows for the selected element, by kind. */
public final class InspectorFields {
    private InspectorFields() {
    }

    /** A heading for the inspector: "Router gateway-alfa-unoone". */
    public static String title(Topology t, String key) {
        return Elements.kind(t, key).map(k -> switch (k) {
            case POOL -> "Address pool";
            case PEERING -> "Peering";
            default -> k.name().charAt(0) + k.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        } + " " + (key.contains("/") ? key.substring(key.lastIndexOf('/') + 1) : key)).orElse("");
    }

    public static List<FieldSpec> of(Topology t, String key) {
        Kind kind = Elements.kind(t, key).orElse(null);
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case REGION -> region(key);
            case NETWORK -> network(key);
            case ROUTER -> router(key);
            case VANTAGE -> vantage(key);
            case CLUSTER -> ClusterFields.cluster(key);
            case NODE -> ClusterFields.node(t, key);
            case POOL -> ClusterFields.pool(key);
            case SERVICE -> ClusterFields.service(t, key);
            case PEERING -> PeeringFields.of(t, key);
        };
    }

    private static List<FieldSpec> region(String key) {
        return List.of(Fields.id(key, "Region"),
                Fields.text(key, "Region", "Name", "name", Parse::optional, null),
                Fields.text(key, "Region", "Site", "site", Parse::optional, "Datacenter or cloud site, e.g. UnaOne"),
                Fields.text(key, "Region", "Location", "location", Parse::optional, null),
                Fields.text(key, "Region", "Zone", "zone", Parse::optional, "Cloud pool or availability zone, e.g. ru-3"),
                Fields.text(key, "Region", "Description", "description", Parse::optional, null));
    }

    private static List<FieldSpec> network(String key) {
        return List.of(Fields.id(key, "Network"),
                Fields.text(key, "Network", "Name", "name", Parse::optional, null),
                Fields.text(key, "Network", "CIDR", "cidr", s -> {
                    var p = Parse.prefix(s);
                    if (p == null) {
                        throw new IllegalArgumentException("a network needs a CIDR, e.g. 192.168.247.0/24");
                    }
                    return p;
                }, "The subnet, e.g. 192.168.247.0/24"),
                Fields.choice(key, "Network", "Kind", "kind", Network.Kind.class, true, "LAN for nodes, link for provider links"),
                FieldSpec.info("Network", "Region", t -> Parse.text(Records.get(Fields.element(t, key), "region"))),
                Fields.text(key, "Network", "Description", "description", Parse::optional, null));
    }

    private static List<FieldSpec> router(String key) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(Fields.id(key, "Router"));
        out.add(Fields.text(key, "Router", "Name", "name", Parse::optional, "Host name"));
        out.add(Fields.choice(key, "Router", "Role", "role", RouterRole.class, false, null));
        out.add(Fields.choice(key, "Router", "Platform", "platform", Platform.class, false,
                "Decides the export format and what the router supports (Quagga: no BFD, no listen range)"));
        out.add(Fields.text(key, "BGP", "AS number", "asn", Parse::requiredAsn, "router bgp ASN"));
        out.add(Fields.text(key, "BGP", "Router ID", "routerId", Parse::ip, "bgp router-id"));
        out.add(Fields.area(key, "BGP", "Networks", "networks", Parse::prefixes, v -> Parse.list((List<?>) v),
                "Prefixes announced with network statements"));
        out.add(bgp(key, "Defaults profile", "defaults"));
        out.add(bgp(key, "eBGP requires policy", "ebgpRequiresPolicy"));
        out.add(listenRanges(key));
        out.add(interfaces(key));
        out.add(Fields.text(key, "Router", "Description", "description", Parse::optional, null));
        return out;
    }

    private static List<FieldSpec> vantage(String key) {
        return List.of(Fields.id(key, "Vantage"),
                Fields.text(key, "Vantage", "Name", "name", Parse::optional, null),
                Fields.text(key, "BGP", "AS number", "asn", Parse::requiredAsn, null),
                Fields.text(key, "BGP", "Router ID", "routerId", Parse::ip, null),
                interfaces(key),
                Fields.text(key, "Vantage", "Description", "description", Parse::optional, null));
    }

    static FieldSpec interfaces(String key) {
        return FieldSpec.area("Interfaces", "Interfaces", "One per line: NAME ADDRESS/LENGTH [NETWORK-ID]",
                t -> Parse.interfaces(cast(Records.get(Fields.element(t, key), "interfaces"))),
                (t, s) -> Elements.replace(t, key, Records.with(Fields.element(t, key), "interfaces", Parse.interfaces(s, t))));
    }

    private static FieldSpec bgp(String key, String label, String component) {
        if (component.equals("defaults")) {
            return FieldSpec.choice("BGP", label, Fields.concat("default", List.of("traditional", "datacenter")),
                    "frr defaults: traditional (Debian's build) or datacenter",
                    t -> {
                        DefaultsProfile d = ((Router) Fields.element(t, key)).bgp().defaults();
                        return d == null ? "default" : d.keyword();
                    }, (t, s) -> withBgp(t, key, "defaults", Fields.enumValue(DefaultsProfile.class, s)));
        }
        return FieldSpec.choice("BGP", label, Parse.TRI, "[no] bgp ebgp-requires-policy (RFC 8212)",
                t -> Parse.tri(((Router) Fields.element(t, key)).bgp().ebgpRequiresPolicy()),
                (t, s) -> withBgp(t, key, component, Parse.tri(s)));
    }

    private static FieldSpec listenRanges(String key) {
        return FieldSpec.area("BGP", "Listen ranges", "One per line: PREFIX PEER-GROUP (bgp listen range … peer-group …)",
                t -> String.join("\n", ((Router) Fields.element(t, key)).bgp().listenRanges().stream()
                        .map(l -> l.range() + (l.peerGroup() == null ? "" : " " + l.peerGroup())).toList()),
                (t, s) -> {
                    List<ListenRange> ranges = new ArrayList<>();
                    for (String line : s.split("\n")) {
                        if (!line.isBlank()) {
                            String[] p = line.trim().split("\\s+");
                            ranges.add(new ListenRange(Parse.prefix(p[0]), p.length > 1 ? p[1] : null));
                        }
                    }
                    return withBgp(t, key, "listenRanges", ranges);
                });
    }

    private static Topology withBgp(Topology t, String key, String component, Object value) {
        Router r = (Router) Fields.element(t, key);
        BgpOptions bgp = Records.with(r.bgp(), component, value);
        return Elements.replace(t, key, Records.with(r, "bgp", bgp));
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> cast(Object o) {
        return (List<T>) o;
    }
}
