package io.peerplan.export.lab;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.StaticRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The routing side of a {@link RandomTopology}: AS numbers, eBGP neighbor settings (peer-groups,
 * allowas-in, {@code default-originate}), the router-wide best-path and ECMP knobs, and static
 * routes: blackholes, a default route, {@code ip nht resolve-via-default}.
 *
 * <p>Nothing here makes a router prefer a longer path (local preference, weight), so no dispute
 * wheel can give a network two stable states (see {@link RandomPolicies}).
 */
final class RandomRouting {
    /** The vantage's and the eBGP MetalLB cluster's AS numbers, never given to a router. */
    private static final Set<Long> TAKEN = Set.of(64496L, 64900L);

    private RandomRouting() {
    }

    /**
     * Distinct AS numbers: private two-byte (64512–65534), private four-byte (RFC 6996), public
     * two-byte and public four-byte; never AS_TRANS (23456) or a documentation AS.
     */
    static List<Long> asns(Random rnd, int count) {
        Set<Long> out = new java.util.LinkedHashSet<>();
        while (out.size() < count) {
            long asn = switch (rnd.nextInt(4)) {
                case 0 -> 64512 + rnd.nextInt(1023);
                case 1 -> 4_200_000_000L + rnd.nextInt(1_000_000);
                case 2 -> 1000 + rnd.nextInt(22000);
                default -> 131072 + rnd.nextInt(300_000);
            };
            if (!TAKEN.contains(asn)) {
                out.add(asn);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * One end of an eBGP session: the remote AS as a number or FRR's {@code external}, sometimes
     * allowas-in (so the echo of its own routes comes back as a path), sometimes as a member of the
     * router's peer-group {@code ebgp}, which carries allowas-in for its members.
     */
    static NeighborConfig ebgpEnd(Random rnd, RandomTopology.RouterDraft r, RandomTopology.RouterDraft neighbor) {
        String remote = rnd.nextInt(5) == 0 ? "external" : Long.toString(neighbor.asn);
        Integer allowasIn = rnd.nextInt(8) == 0 ? 1 + rnd.nextInt(2) : null;
        String group = null;
        if (rnd.nextInt(4) == 0) {
            group = "ebgp";
            if (r.peerGroups.stream().noneMatch(g -> g.name().equals("ebgp"))) {
                Integer groupAllowas = rnd.nextInt(3) == 0 ? 1 : null;
                r.peerGroups.add(new PeerGroup("ebgp", new NeighborConfig(null, null, null, "eBGP neighbors", null,
                        null, null, null, null, null, null, null, null, null, null, null, groupAllowas, null, null,
                        null, null, null, null)));
            }
        }
        return new NeighborConfig(remote, null, group, null, null, null, null, null, null, null, null, null, null, null,
                null, null, allowasIn, null, null, null, null, null, null);
    }

    /** Best-path knobs, ECMP limits, statics and defaults, after the peerings and policies exist. */
    static void decorate(Random rnd, RandomTopology t) {
        for (RandomTopology.RouterDraft r : t.routers) {
            if (rnd.nextInt(6) == 0) {
                r.maximumPaths = 2 + rnd.nextInt(3);
            }
            if (rnd.nextInt(6) == 0) {
                r.maximumPathsIbgp = 1 + rnd.nextInt(2);
            }
            if (rnd.nextInt(8) == 0) {
                r.alwaysCompareMed = true;
            }
            if (rnd.nextInt(8) == 0) {
                r.deterministicMed = Boolean.TRUE;
            }
            r.asPathMultipathRelax = rnd.nextInt(5) == 0;
            r.medMissingAsWorst = rnd.nextInt(5) == 0;
            r.peerTypeMultipathRelax = rnd.nextInt(6) == 0;
            r.asPathIgnore = rnd.nextInt(20) == 0;
            // A blackhole nobody announces, as routers carry for their aggregates.
            if (rnd.nextInt(4) == 0) {
                r.statics.add(new StaticRoute(IpPrefix.parse("198.18.240." + 16 * rnd.nextInt(16) + "/28"), null, null,
                        true, null));
            }
        }
        for (RandomTopology.RouterDraft[] pair : t.ibgpPairs) {
            for (int k = 0; k < 2; k++) {
                RandomTopology.RouterDraft r = pair[k];
                Ip partner = t.lanAddress.get(pair[1 - k].id);
                if (partner == null) {
                    continue;
                }
                // Without next-hop-self the partner's eBGP next hops are on links this router is
                // not on: they resolve only through a static default, and only with `ip nht
                // resolve-via-default` (zebra_rnh_resolve_nexthop_entry).
                if (rnd.nextInt(5) < 3) {
                    r.statics.add(new StaticRoute(IpPrefix.parse("0.0.0.0/0"), partner, null, false, null));
                }
                r.nhtResolveViaDefault = rnd.nextBoolean();
            }
        }
        defaultOriginate(rnd, t);
    }

    /** Now and then an eBGP end sends its neighbor a default route ({@code neighbor X default-originate}). */
    private static void defaultOriginate(Random rnd, RandomTopology t) {
        for (int i = 0; i < t.peerings.size(); i++) {
            Peering p = t.peerings.get(i);
            if (!"eBGP".equals(p.description()) || rnd.nextInt(8) != 0) {
                continue;
            }
            Peering.End a = p.a();
            NeighborConfig c = a.config().withDefaultOriginate(true);
            t.peerings.set(i, new Peering(p.id(), new Peering.End(a.element(), a.peerAddress(), a.listenRange(), c,
                    a.bgpPeer()), p.b(), p.description()));
        }
    }
}
