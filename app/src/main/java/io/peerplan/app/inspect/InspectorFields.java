package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.Kind;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.Network;
import io.peerplan.model.Region;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import io.peerplan.model.validate.input.Grammar;
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
            case BGP_PEER, ADVERTISEMENT, COMMUNITY, METALLB_BFD, L2_ADVERTISEMENT, SECRET -> io.peerplan.app.design.MetalLbList.ALL.stream()
                    .filter(l -> l.kind() == k).findFirst().orElseThrow().crdKind();
            default -> k.name().charAt(0) + k.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        } + " " + (key.contains("/") ? key.substring(key.lastIndexOf('/') + 1) : key)).orElse("");
    }

    /**
     * The labels of the fields a finding can point at: a peer-group's settings are shared by many
     * sessions, so a finding about one session is about its peering's field of the same label
     * ({@link FindingFields}), never the group's.
     */
    public static List<String> findingLabels(Topology t, String key) {
        return of(t, key).stream().filter(f -> !f.section().startsWith(DeviceFields.PEER_GROUP)).map(FieldSpec::label).toList();
    }

    public static List<FieldSpec> of(Topology t, String key) {
        Kind kind = Elements.kind(t, key).orElse(null);
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case REGION -> region(key);
            case NETWORK -> network(key);
            case ROUTER -> router(t, key);
            case VANTAGE -> vantage(t, key);
            case CLUSTER -> ClusterFields.cluster(t, key);
            case NODE -> ClusterFields.node(t, key);
            case POOL -> PoolFields.of(key);
            case SERVICE -> ClusterFields.service(t, key);
            case PEERING -> PeeringFields.of(t, key);
            case BGP_PEER -> BgpPeerFields.of(t, key);
            case ADVERTISEMENT -> AdvertisementFields.of(t, key);
            case COMMUNITY -> MetalLbObjectFields.community(key);
            case METALLB_BFD -> MetalLbObjectFields.bfdProfile(key);
            case L2_ADVERTISEMENT -> L2AdvertisementFields.of(t, key);
            case SECRET -> SecretFields.of(key);
        };
    }

    private static List<FieldSpec> region(String key) {
        return List.of(Fields.id(key, "Region"),
                Fields.text(key, "Region", "Name", Region::name, Region::withName, Parse::optional, null),
                Fields.text(key, "Region", "Site", Region::site, Region::withSite, Parse::freeText,
                        "Datacenter or cloud site, e.g. UnaOne"),
                Fields.text(key, "Region", "Location", Region::location, Region::withLocation, Parse::freeText, null),
                Fields.text(key, "Region", "Zone", Region::zone, Region::withZone, Parse::freeText,
                        "Cloud pool or availability zone, e.g. ru-3"),
                Fields.text(key, "Region", "Description", Region::description, Region::withDescription, Parse::freeText,
                        null));
    }

    private static List<FieldSpec> network(String key) {
        return List.of(Fields.id(key, "Network"),
                Fields.text(key, "Network", "Name", Network::name, Network::withName, Parse::optional, null),
                Fields.text(key, "Network", "CIDR", Network::cidr, Network::withCidr, s -> {
                    var p = Parse.prefix(s);
                    if (p == null) {
                        throw new IllegalArgumentException("a network needs a CIDR, e.g. 192.168.247.0/24");
                    }
                    return p;
                }, "The subnet, e.g. 192.168.247.0/24"),
                Fields.choice(key, "Network", "Kind", Network::kind, Network::withKind, Network.Kind.class, true,
                        "LAN for nodes, link for provider links"),
                FieldSpec.info("Network", "Region", t -> Parse.text(Fields.<Network>typed(t, key).region())),
                Fields.text(key, "Network", "Description", Network::description, Network::withDescription,
                        Parse::freeText, null));
    }

    private static List<FieldSpec> router(Topology t, String key) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(Fields.id(key, "Router"));
        out.add(Fields.text(key, "Router", "Name", Router::name, Router::withName, Parse::optional, "Host name"));
        out.add(Fields.choice(key, "Router", "Role", Router::role, Router::withRole, RouterRole.class, false, null));
        out.add(Fields.choice(key, "Router", "Platform", Router::platform, Router::withPlatform, Platform.class, false,
                "Decides the export format and what the router supports (Quagga: no BFD, no listen range)"));
        out.add(Fields.text(key, "BGP", "AS number", Router::asn, Router::withAsn, Parse::requiredAsn, "router bgp ASN"));
        out.add(Fields.text(key, "BGP", "Router ID", Router::routerId, Router::withRouterId, Parse::ip, "bgp router-id"));
        out.add(Fields.area(key, "BGP", "Networks", Router::networks, Router::withNetworks, Parse::prefixes,
                v -> Parse.list(v), "Prefixes announced with network statements"));
        out.add(defaults(key));
        out.add(ebgpRequiresPolicy(key));
        out.add(RouterTables.listenRanges(t, key));
        out.addAll(BgpOptionFields.bgp(t, key));
        out.add(RouterTables.interfaces(t, key, Router::interfaces, Router::withInterfaces));
        out.add(Fields.text(key, "Router", "Description", Router::description, Router::withDescription, Parse::freeText,
                null));
        out.add(Fields.text(key, "Router", "Log", Router::log, Router::withLog, s -> Parse.optional(s, Grammar.FRR_LOG),
                "log syslog informational, log file PATH [LEVEL]"));
        out.add(DeviceFields.staticRoutes(key));
        out.addAll(DeviceFields.peerGroups(t, key));
        out.addAll(FilterFields.prefixLists(t, key));
        out.addAll(FilterFields.communityLists(t, key));
        out.addAll(RouteMapFields.of(t, key));
        out.addAll(BfdFields.of(t, key));
        out.addAll(DeviceFields.management(key));
        return out;
    }

    private static List<FieldSpec> vantage(Topology t, String key) {
        return List.of(Fields.id(key, "Vantage"),
                Fields.text(key, "Vantage", "Name", Vantage::name, Vantage::withName, Parse::optional, null),
                Fields.text(key, "BGP", "AS number", Vantage::asn, Vantage::withAsn, Parse::requiredAsn, null),
                Fields.text(key, "BGP", "Router ID", Vantage::routerId, Vantage::withRouterId, Parse::ip, null),
                RouterTables.interfaces(t, key, Vantage::interfaces, Vantage::withInterfaces),
                Fields.text(key, "Vantage", "Description", Vantage::description, Vantage::withDescription,
                        Parse::freeText, null));
    }

    private static FieldSpec defaults(String key) {
        return FieldSpec.choice("BGP", "Defaults profile", Fields.concat("default", List.of("traditional", "datacenter")),
                "frr defaults: traditional (Debian's build) or datacenter",
                t -> {
                    DefaultsProfile d = ((Router) Fields.element(t, key)).bgp().defaults();
                    return d == null ? "default" : d.keyword();
                }, (t, s) -> RouterTables.withBgp(t, key, b -> b.withDefaults(Fields.enumValue(DefaultsProfile.class, s))));
    }

    private static FieldSpec ebgpRequiresPolicy(String key) {
        return FieldSpec.choice("BGP", "eBGP requires policy", Parse.TRI, "[no] bgp ebgp-requires-policy (RFC 8212)",
                t -> Parse.tri(((Router) Fields.element(t, key)).bgp().ebgpRequiresPolicy()),
                (t, s) -> RouterTables.withBgp(t, key, b -> b.withEbgpRequiresPolicy(Parse.tri(s))));
    }
}
