package io.peerplan.model.validate.addressing;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Cluster;
import io.peerplan.model.Service;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.Session;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** LoadBalancer service IPs against the pools, against each other, and across clusters (anycast). */
public final class ServiceRules {
    private static final String ALLOCATOR = "MetalLB internal/allocator/allocator.go";

    public static final RuleInfo IP_NOT_IN_POOL = RuleInfo.error("ADDR-SERVICE-IP-NOT-IN-POOL", RuleFamily.ADDRESSING,
            "A service IP is not an address, lies in no pool of its cluster, or lies outside the pool its annotation names",
            ALLOCATOR + ": a requested IP outside every pool is refused and the service stays pending");
    public static final RuleInfo UNKNOWN_POOL = RuleInfo.error("ADDR-SERVICE-UNKNOWN-POOL", RuleFamily.ADDRESSING,
            "A service's metallb.io/address-pool annotation names a pool that does not exist",
            ALLOCATOR + ": unknown pool, the service gets no IP");
    public static final RuleInfo IP_CONFLICT = RuleInfo.error("ADDR-SERVICE-IP-CONFLICT", RuleFamily.ADDRESSING,
            "Two services of one cluster hold the same IP without being allowed to share it",
            ALLOCATOR + " (metallb.io/allow-shared-ip: same sharing key, no port clash, same selector with externalTrafficPolicy Local)");
    public static final RuleInfo ANYCAST = RuleInfo.info("ADDR-SERVICE-ANYCAST", RuleFamily.ADDRESSING,
            "The same service IP is announced from several clusters: anycast",
            "seed 000 (two-dc-anycast): the same loadBalancerIPs in two clusters is how anycast is built; BGP best path decides who serves");
    public static final RuleInfo IN_TWO_CLUSTERS = RuleInfo.warning("ADDR-SERVICE-IP-IN-TWO-CLUSTERS", RuleFamily.ADDRESSING,
            "The same service IP is held in several clusters, but not all of them announce it",
            "Without BGP announcements from each cluster this is not anycast but a duplicate address");

    private ServiceRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(IP_NOT_IN_POOL, ServiceRules::ipNotInPool), Rule.of(UNKNOWN_POOL, ServiceRules::unknownPool),
                Rule.of(IP_CONFLICT, ServiceRules::ipConflict), Rule.of(ANYCAST, (c, s) -> acrossClusters(c, s, true)),
                Rule.of(IN_TWO_CLUSTERS, (c, s) -> acrossClusters(c, s, false)));
    }

    static void ipNotInPool(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            ClusterView v = ctx.view(c);
            for (ClusterView.ServiceIp sip : v.serviceIps()) {
                Service s = sip.service();
                IPAddress ip = sip.ip();
                String who = "service " + sip.serviceName() + " of cluster " + c.displayName();
                if (ip == null) {
                    sink.report(who + " has IP '" + sip.text() + "', which is not an IP address", List.of(c.id()), "write a plain address, e.g. 203.0.113.70");
                    continue;
                }
                PoolView named = s.pool() == null ? null : v.pool(s.pool());
                if (named != null && !named.contains(ip)) {
                    sink.report(who + " asks for " + ip + " from pool " + s.pool() + ", which does not contain it: the service stays pending",
                            List.of(c.id()), "pick an address inside " + String.join(", ", named.pool().addresses()));
                } else if (s.pool() == null && sip.pool() == null) {
                    sink.report(who + " has " + ip + ", which lies in no pool of the cluster: MetalLB does not assign it", List.of(c.id()),
                            "add a pool that contains " + ip + " or choose an address from an existing pool");
                }
            }
        }
    }

    static void unknownPool(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (Service s : c.services()) {
                if (s.pool() != null && ctx.view(c).pool(s.pool()) == null) {
                    sink.report("service " + s.effectiveNamespace() + "/" + s.name() + " of cluster " + c.displayName() + " asks for pool "
                                    + s.pool() + ", which does not exist", List.of(c.id()),
                            "use one of: " + String.join(", ", c.metallb().pools().stream().map(p -> p.name()).toList()));
                }
            }
        }
    }

    static void ipConflict(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            Map<IPAddress, List<Service>> byIp = new LinkedHashMap<>();
            for (ClusterView.ServiceIp sip : ctx.view(c).serviceIps()) {
                if (sip.ip() != null) {
                    byIp.computeIfAbsent(sip.ip(), k -> new ArrayList<>()).add(sip.service());
                }
            }
            byIp.forEach((ip, services) -> {
                for (int i = 1; i < services.size(); i++) {
                    String why = sharingProblem(services.getFirst(), services.get(i));
                    if (why != null) {
                        sink.report("services " + id(services.getFirst()) + " and " + id(services.get(i)) + " of cluster " + c.displayName()
                                + " both hold " + ip + " but " + why, List.of(c.id()),
                                "give both the same metallb.io/allow-shared-ip key and distinct ports, or separate IPs");
                    }
                }
            });
        }
    }

    private static String sharingProblem(Service a, Service b) {
        if (a.sharingKey() == null || !a.sharingKey().equals(b.sharingKey())) {
            return "they do not share a metallb.io/allow-shared-ip key";
        }
        for (Service.Port p : a.ports()) {
            for (Service.Port q : b.ports()) {
                if (p.port() == q.port() && Objects.equals(proto(p), proto(q))) {
                    return "both use port " + p.port() + "/" + proto(p);
                }
            }
        }
        boolean local = a.effectiveTrafficPolicy() == Service.TrafficPolicy.LOCAL || b.effectiveTrafficPolicy() == Service.TrafficPolicy.LOCAL;
        if (local && !a.selector().equals(b.selector())) {
            return "with externalTrafficPolicy Local they must select the same pods";
        }
        return null;
    }

    private static String proto(Service.Port p) {
        return p.protocol() == null ? "TCP" : p.protocol();
    }

    private static String id(Service s) {
        return s.effectiveNamespace() + "/" + s.name();
    }

    /** Service IPs held by more than one cluster, with the clusters that announce each: shared by both cross-cluster rules. */
    private record Shared(IPAddress ip, List<Cluster> holders, List<Cluster> announcing) {
    }

    private static List<Shared> shared(Context ctx) {
        return ctx.memo("ServiceRules.shared", () -> {
            Set<String> speaking = new HashSet<>();
            for (Session s : ctx.sessions().sessions()) {
                if (s.establishes()) {
                    speaking.add(s.a().isSpeaker() ? s.a().element() : s.b().isSpeaker() ? s.b().element() : "");
                }
            }
            Map<IPAddress, List<Cluster>> holders = new LinkedHashMap<>();
            Map<IPAddress, List<Cluster>> announcing = new HashMap<>();
            for (Cluster c : ctx.topology().clusters()) {
                Set<IPAddress> mine = new HashSet<>();
                ClusterView v = ctx.view(c);
                for (ClusterView.ServiceIp sip : v.serviceIps()) {
                    if (sip.ip() != null && mine.add(sip.ip())) {
                        holders.computeIfAbsent(sip.ip(), k -> new ArrayList<>(2)).add(c);
                        if (speaking.contains(c.id()) && sip.pool() != null
                                && v.advertisements().stream().anyMatch(a -> a.pools().contains(sip.pool().name()))) {
                            announcing.computeIfAbsent(sip.ip(), k -> new ArrayList<>(2)).add(c);
                        }
                    }
                }
            }
            List<Shared> out = new ArrayList<>();
            holders.forEach((ip, cs) -> {
                if (cs.size() > 1) {
                    out.add(new Shared(ip, cs, announcing.getOrDefault(ip, List.of())));
                }
            });
            return out;
        });
    }

    /** Same IP in several clusters: anycast when every one of them announces it over a session that comes up. */
    static void acrossClusters(Context ctx, Sink sink, boolean anycast) {
        for (Shared sh : shared(ctx)) {
            IPAddress ip = sh.ip();
            List<Cluster> clusters = sh.holders();
            List<Cluster> announcing = sh.announcing();
            List<String> ids = clusters.stream().map(Cluster::id).toList();
            String names = String.join(" and ", clusters.stream().map(Cluster::displayName).toList());
            if (anycast && announcing.size() == clusters.size()) {
                sink.report(ip + " is announced from clusters " + names + ": anycast, each client reaches the cluster its best BGP path leads to",
                        ids, null);
            } else if (!anycast && announcing.size() < clusters.size()) {
                List<String> silent = clusters.stream().filter(c -> !announcing.contains(c)).map(Cluster::displayName).toList();
                sink.report(ip + " is held in clusters " + names + " but " + String.join(" and ", silent)
                                + " does not announce it over BGP: this is a duplicate address, not anycast",
                        ids, "advertise the pool in every cluster that holds the IP (BGPAdvertisement and a working peering), or use distinct IPs");
            }
        }
    }
}
