package io.peerplan.model.validate.input;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BfdPeer;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.CommunityList;
import io.peerplan.model.Interface;
import io.peerplan.model.ListenRange;
import io.peerplan.model.Management;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Network;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Redistribution;
import io.peerplan.model.Region;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.HashMap;
import java.util.Map;

/**
 * Which {@link Grammar} each text field of the model follows; a field not listed is one line of
 * printable text ({@link Grammar#LINE}). The words are the ones the exporters write as single tokens
 * of a router command (FrrNeighborLines, FrrPolicySection, QuaggaNeighborLines, the RouterOS
 * generators) or of the lab's speaker config.
 */
final class FieldGrammars {
    private static final Map<String, Grammar> BY_FIELD = new HashMap<>();

    static {
        words(Interface.class, "name");
        words(PeerGroup.class, "name");
        words(PrefixList.class, "name");
        words(CommunityList.class, "name");
        words(CommunityList.Entry.class, "community");
        words(RouteMap.class, "name");
        words(RouteMap.Match.class, "prefixList", "community");
        words(RouteMap.Set.class, "communities");
        words(BfdProfile.class, "name");
        words(BfdPeer.class, "profile", "interfaceName");
        words(ListenRange.class, "peerGroup");
        words(Redistribution.class, "routeMap");
        words(StaticRoute.class, "interfaceName");
        words(NeighborConfig.class, "remoteAs", "peerGroup", "interfaceName", "updateSource", "bfdProfile",
                "prefixListIn", "prefixListOut", "routeMapIn", "routeMapOut");
        words(Peering.End.class, "bgpPeer");
        // MetalLB values that the lab writes into a speaker's FRR config as single words.
        words(BgpPeer.class, "name", "dynamicASN", "peerAddress", "interfaceName", "sourceAddress", "holdTime", "keepaliveTime",
                "connectTime", "routerID", "passwordSecret", "bfdProfile", "vrf");
        words(MetalLbBfdProfile.class, "name");
        words(AddressPool.class, "name");
        words(io.peerplan.model.L2Advertisement.class, "name", "ipAddressPools", "interfaces");
        words(io.peerplan.model.KubeSecret.class, "name", "type", "keys");
        words(BgpAdvertisement.class, "communities");
        words(Community.Alias.class, "value");
        set(Grammar.SECRET_NAME, NeighborConfig.class, "passwordRef");
        set(Grammar.FRR_LOG, Router.class, "log");
        set(Grammar.DNS_LABEL, Service.class, "namespace");
        set(Grammar.DNS_LABEL, AddressPool.ServiceAllocation.class, "namespaces");
        set(Grammar.DNS_1035_LABEL, Service.class, "name");
        set(Grammar.HOST, Management.class, "host");
        set(Grammar.USER, Management.class, "user");
        set(Grammar.PATHSPACE, Management.class, "frrPathspace");
        set(Grammar.COMMAND_PREFIX, Management.class, "commandPrefix");
        set(Grammar.QUAGGA_LAYOUT, Management.class, "quaggaLayout");
        set(Grammar.KUBE_CONTEXT, Cluster.class, "kubeContext");
        // A region's site, location and zone are shown, never exported.
        for (String c : new String[] {"site", "location", "zone"}) {
            set(Grammar.TEXT, Region.class, c);
        }
        // Descriptions are free text: every exporter collapses their whitespace or keeps the first line.
        for (Class<?> type : new Class<?>[] {Topology.class, Region.class, Network.class, Router.class, Vantage.class,
                Cluster.class, Peering.class, NeighborConfig.class, RouteMap.Entry.class}) {
            set(Grammar.TEXT, type, "description");
        }
    }

    private FieldGrammars() {
    }

    static Grammar of(Class<?> type, String component) {
        return BY_FIELD.getOrDefault(type.getName() + "." + component, Grammar.LINE);
    }

    private static void words(Class<?> type, String... components) {
        for (String c : components) {
            set(Grammar.WORD, type, c);
        }
    }

    private static void set(Grammar g, Class<?> type, String component) {
        if (java.util.Arrays.stream(type.getRecordComponents()).noneMatch(rc -> rc.getName().equals(component))) {
            throw new IllegalStateException(type.getSimpleName() + " has no field " + component);
        }
        BY_FIELD.put(type.getName() + "." + component, g);
    }
}
