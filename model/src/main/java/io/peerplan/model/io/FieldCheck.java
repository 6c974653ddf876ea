package io.peerplan.model.io;

import io.peerplan.model.BfdProfile;
import io.peerplan.model.Cluster;
import io.peerplan.model.CommunityList;
import io.peerplan.model.ListenRange;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Router fields that FRR's own command grammar requires or bounds, and the Service targetPort's
 * IntOrString type: a value outside them cannot be written in a config at all, so it is a load
 * error at its line and column (like a bad CIDR), not a validator finding. Every later stage relies
 * on them. (MetalLB objects are different: a nameless pool or a 33-bit ASN is what the webhook and
 * the CRD schema refuse, so the validator reports them, METALLB-NAME and METALLB-PEER-ASN-RANGE, and
 * the later stages tolerate them.)
 */
final class FieldCheck {
    private FieldCheck() {
    }

    static Optional<StructureCheck.Problem> check(Topology t) {
        try {
            for (int i = 0; i < t.routers().size(); i++) {
                router(t.routers().get(i), "/routers/" + i);
            }
            for (int i = 0; i < t.clusters().size(); i++) {
                cluster(t.clusters().get(i), "/clusters/" + i);
            }
        } catch (Found f) {
            return Optional.of(f.problem);
        }
        return Optional.empty();
    }

    private static void router(Router r, String at) {
        named(r.prefixLists(), PrefixList::name, at + "/prefixLists", "prefix-list");
        for (int i = 0; i < r.prefixLists().size(); i++) {
            List<PrefixList.Entry> entries = r.prefixLists().get(i).entries();
            for (int j = 0; j < entries.size(); j++) {
                // FRR lib/plist.c: "ip prefix-list WORD [seq (1-4294967295)] <deny|permit> <A.B.C.D/M|any>".
                String e = at + "/prefixLists/" + i + "/entries/" + j;
                String list = "prefix-list '" + r.prefixLists().get(i).name() + "' entry";
                require(entries.get(j).action(), e, list + " without 'action' (permit or deny)");
                require(entries.get(j).prefix(), e, list + " without 'prefix' (a prefix such as 10.0.0.0/8, or any)");
            }
        }
        named(r.communityLists(), CommunityList::name, at + "/communityLists", "community-list");
        for (int i = 0; i < r.communityLists().size(); i++) {
            List<CommunityList.Entry> entries = r.communityLists().get(i).entries();
            for (int j = 0; j < entries.size(); j++) {
                require(entries.get(j).action(), at + "/communityLists/" + i + "/entries/" + j,
                        "community-list '" + r.communityLists().get(i).name() + "' entry without 'action' (permit or deny)");
            }
        }
        named(r.routeMaps(), RouteMap::name, at + "/routeMaps", "route-map");
        for (int i = 0; i < r.routeMaps().size(); i++) {
            List<RouteMap.Entry> entries = r.routeMaps().get(i).entries();
            for (int j = 0; j < entries.size(); j++) {
                // FRR lib/routemap.c: "route-map WORD <deny|permit> (1-65535)".
                String e = at + "/routeMaps/" + i + "/entries/" + j;
                String map = "route-map '" + r.routeMaps().get(i).name() + "' entry";
                require(entries.get(j).action(), e, map + " without 'action' (permit or deny)");
                range(entries.get(j).seq(), 1, 65535, e + "/seq", map + " 'seq'");
            }
        }
        named(r.peerGroups(), PeerGroup::name, at + "/peerGroups", "peer-group");
        named(r.bfdProfiles(), BfdProfile::name, at + "/bfdProfiles", "BFD profile");
        List<ListenRange> ranges = r.bgp().listenRanges();
        for (int i = 0; i < ranges.size(); i++) {
            // FRR bgpd/bgp_vty.c: "bgp listen range <A.B.C.D/M|X:X::X:X/M> peer-group PGNAME" (the peer-group is not optional).
            String e = at + "/bgp/listenRanges/" + i;
            require(ranges.get(i).range(), e, "listen range without 'range' (a prefix such as 192.168.0.0/24)");
            require(ranges.get(i).peerGroup(), e, "listen range without 'peerGroup' (FRR needs the peer-group whose settings "
                    + "the accepted speakers get)");
        }
        if (r.bgp().listenLimit() != null) {
            // FRR bgpd/bgp_vty.c: "bgp listen limit (1-65535)".
            range(r.bgp().listenLimit(), 1, 65535, at + "/bgp/listenLimit", "'listenLimit'");
        }
    }

    private static void cluster(Cluster c, String at) {
        for (int i = 0; i < c.services().size(); i++) {
            List<Service.Port> ports = c.services().get(i).ports();
            for (int j = 0; j < ports.size(); j++) {
                String target = ports.get(j).targetPort();
                if (target != null && !Service.Port.isTargetPort(target)) {
                    fail(at + "/services/" + i + "/ports/" + j + "/targetPort", "targetPort '" + target
                            + "' is neither a port number (1-65535) nor a port name (up to 15 lowercase letters, digits and '-')");
                }
            }
        }
    }

    private static <T> void named(List<T> items, Function<T, String> name, String at, String what) {
        for (int i = 0; i < items.size(); i++) {
            require(name.apply(items.get(i)), at + "/" + i, what + " without 'name'");
        }
    }

    private static void require(Object value, String at, String message) {
        if (value == null) {
            fail(at, message);
        }
    }

    private static void range(int value, int min, int max, String at, String what) {
        if (value < min || value > max) {
            fail(at, what + " must be " + min + ".." + max + ", not " + value);
        }
    }

    private static void fail(String pointer, String message) {
        throw new Found(new StructureCheck.Problem(pointer, message));
    }

    private static final class Found extends RuntimeException {
        final StructureCheck.Problem problem;

        Found(StructureCheck.Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
