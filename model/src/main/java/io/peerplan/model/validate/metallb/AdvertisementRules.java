package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.u32;

import inet.ipaddr.IPAddress;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.ClusterView.Advertisement;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** BGPAdvertisement rules: {@code bgpAdvertisementFromCR} and {@code validateBGPAdvPerPool} in MetalLB's config.go. */
public final class AdvertisementRules {
    private static final String CONFIG_GO = "MetalLB internal/config/config.go";

    public static final RuleInfo AGGREGATION_LENGTH = RuleInfo.error("METALLB-ADV-AGGREGATION-LENGTH", RuleFamily.METALLB,
            "aggregationLength is outside 1..32 or aggregationLengthV6 above 128",
            CONFIG_GO + " bgpAdvertisementFromCR: \"invalid aggregation length\"; CRD minimum 1");
    public static final RuleInfo AGGREGATION_POOL = RuleInfo.error("METALLB-ADV-AGGREGATION-POOL", RuleFamily.METALLB,
            "The aggregation length is shorter than a covered pool's own prefix",
            CONFIG_GO + " validateBGPAdvPerPool: \"prefix ... in this pool is more specific than the aggregation length\"");
    public static final RuleInfo SERVICE_SELECTORS = RuleInfo.error("METALLB-ADV-SERVICE-SELECTORS", RuleFamily.METALLB,
            "serviceSelectors are combined with a non-default aggregation length",
            CONFIG_GO + " bgpAdvertisementFromCR: \"serviceSelectors and aggregationLength are mutually exclusive\"; CRD x-kubernetes-validations");
    public static final RuleInfo LOCALPREF_CONFLICT = RuleInfo.error("METALLB-ADV-LOCALPREF-CONFLICT", RuleFamily.METALLB,
            "Two advertisements of one pool set different localPref for the same BGP update",
            CONFIG_GO + " BGPAdvertisementsHaveCompatibleLocalPref (metallb#1739): allowed when aggregation lengths differ, "
                    + "peers or nodes are disjoint, or service selectors are used");
    public static final RuleInfo LOCALPREF_EBGP = RuleInfo.warning("METALLB-ADV-LOCALPREF-EBGP", RuleFamily.METALLB,
            "localPref is set toward an eBGP peer, where it has no effect",
            "MetalLB BGPAdvertisement API: \"used only when advertising to IBGP peers\"; RFC 4271 §5.1.5 (LOCAL_PREF is not sent to external peers)");
    public static final RuleInfo DUPLICATE = RuleInfo.error("METALLB-ADV-DUPLICATE", RuleFamily.METALLB,
            "Two BGPAdvertisements are identical", CONFIG_GO + " validateDuplicateBGPAdvertisements: \"duplicate definition of bgpadvertisements\"");
    public static final RuleInfo UNKNOWN_REFERENCE = RuleInfo.warning("METALLB-ADV-UNKNOWN-REFERENCE", RuleFamily.METALLB,
            "A BGPAdvertisement names a pool or a BGPPeer that does not exist, which MetalLB silently ignores",
            CONFIG_GO + " setBGPAdvertisementsToPools (unknown pool names are skipped); speaker peer filtering");

    private AdvertisementRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(AGGREGATION_LENGTH, AdvertisementRules::aggregationLength),
                Rule.of(AGGREGATION_POOL, AdvertisementRules::aggregationPool),
                Rule.of(SERVICE_SELECTORS, AdvertisementRules::serviceSelectors),
                Rule.of(LOCALPREF_CONFLICT, AdvertisementRules::localPrefConflict),
                Rule.of(LOCALPREF_EBGP, AdvertisementRules::localPrefEbgp), Rule.of(DUPLICATE, AdvertisementRules::duplicate),
                Rule.of(UNKNOWN_REFERENCE, AdvertisementRules::unknownReference));
    }

    static void aggregationLength(Context ctx, Sink sink) {
        // Cilium announces host routes whatever the advertisement says (CILIUM-AGGREGATION-IGNORED).
        for (Cluster c : notCilium(ctx)) {
            for (BgpAdvertisement ad : c.metallb().advertisements()) {
                String where = Where.of(c, "BGPAdvertisement", ad.name()) + ": ";
                if (ad.aggregationLength() != null && ad.aggregationLength() < 1) {
                    sink.report(where + "spec.aggregationLength: Invalid value: " + ad.aggregationLength() + ": must be greater than or equal to 1",
                            Where.ids(c), "aggregationLength is 1..32 (32: one route per IP)");
                } else if (ad.effectiveAggregationLength() > 32) {
                    sink.report(where + "invalid aggregation length " + ad.effectiveAggregationLength() + " for IPv4", Where.ids(c),
                            "aggregationLength is 1..32 (32: one route per IP)");
                }
                if (ad.effectiveAggregationLengthV6() > 128) {
                    sink.report(where + "invalid aggregation length " + ad.effectiveAggregationLengthV6() + " for IPv6", Where.ids(c),
                            "aggregationLengthV6 is at most 128");
                }
            }
        }
    }

    /** Per pool entry: the shortest of its CIDRs must not be more specific than the aggregation length. */
    static void aggregationPool(Context ctx, Sink sink) {
        for (Cluster c : notCilium(ctx)) {
            ClusterView v = ctx.view(c);
            for (Advertisement a : v.advertisements()) {
                BgpAdvertisement ad = a.ad();
                if (ad.effectiveAggregationLength() > 32 || ad.effectiveAggregationLength() < 1 || ad.effectiveAggregationLengthV6() > 128) {
                    continue;
                }
                for (String poolName : a.pools()) {
                    PoolView pool = v.pool(poolName);
                    for (PoolView.Entry e : pool.entries()) {
                        if (e.cidrs().isEmpty()) {
                            continue;
                        }
                        int lowest = e.cidrs().stream().mapToInt(IPAddress::getNetworkPrefixLength).min().orElseThrow();
                        int max = e.cidrs().getFirst().isIPv4() ? ad.effectiveAggregationLength() : ad.effectiveAggregationLengthV6();
                        if (max < lowest) {
                            sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + ": invalid aggregation length " + ad.effectiveAggregationLength()
                                            + ": prefix " + lowest + " in this pool is more specific than the aggregation length for addresses "
                                            + e.text() + " (pool " + poolName + ")",
                                    Where.ids(c), "use an aggregation length of at least " + lowest + " for pool " + poolName);
                        }
                    }
                }
            }
        }
    }

    static void serviceSelectors(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (BgpAdvertisement ad : c.metallb().advertisements()) {
                if (ad.serviceSelectors().isEmpty()) {
                    continue;
                }
                if (ad.aggregationLength() != null && ad.aggregationLength() != 32) {
                    sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + ": serviceSelectors and aggregationLength are mutually exclusive, "
                            + "both cannot be set in " + ad.name(), Where.ids(c), "drop aggregationLength or the serviceSelectors");
                } else if (ad.aggregationLengthV6() != null && ad.aggregationLengthV6() != 128) {
                    sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + ": serviceSelectors and aggregationLengthV6 are mutually exclusive, "
                            + "both cannot be set in " + ad.name(), Where.ids(c), "drop aggregationLengthV6 or the serviceSelectors");
                }
            }
        }
    }

    static void localPrefConflict(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            ClusterView v = ctx.view(c);
            List<Advertisement> ads = v.advertisements();
            for (PoolView pool : v.pools()) {
                for (int i = 0; i < ads.size(); i++) {
                    Advertisement newer = ads.get(i);
                    if (!newer.pools().contains(pool.name()) || !newer.ad().serviceSelectors().isEmpty()) {
                        continue;
                    }
                    for (int j = 0; j < i; j++) {
                        Advertisement older = ads.get(j);
                        if (older.pools().contains(pool.name()) && older.ad().serviceSelectors().isEmpty()
                                && !compatible(newer, older, pool)) {
                            sink.report(Where.of(c, "BGPAdvertisement", newer.name()) + ": invalid local preference " + u32(newer.ad().localPref())
                                            + ": local preference " + u32(older.ad().localPref()) + " was already set for the same type of BGP update. "
                                            + "Check existing BGP advertisements with common pools and aggregation lengths (" + older.name()
                                            + ", pool " + pool.name() + ")",
                                    Where.ids(c), "use the same localPref, or make the advertisements differ in aggregation length, peers or nodes");
                            break;
                        }
                    }
                }
            }
        }
    }

    /** MetalLB's BGPAdvertisementsHaveCompatibleLocalPref with its four exceptions. */
    static boolean compatible(Advertisement a, Advertisement b, PoolView pool) {
        if (u32(a.ad().localPref()) == u32(b.ad().localPref())) {
            return true;
        }
        boolean v4 = pool.entries().stream().anyMatch(e -> !e.cidrs().isEmpty() && e.cidrs().getFirst().isIPv4());
        boolean v6 = pool.entries().stream().anyMatch(e -> !e.cidrs().isEmpty() && e.cidrs().getFirst().isIPv6());
        boolean lenDiffers = a.ad().effectiveAggregationLength() != b.ad().effectiveAggregationLength();
        boolean len6Differs = a.ad().effectiveAggregationLengthV6() != b.ad().effectiveAggregationLengthV6();
        if (!v4 && !v6 || lenDiffers && !v6 || len6Differs && !v4 || lenDiffers && len6Differs) {
            return true;
        }
        List<String> pa = a.ad().peers();
        List<String> pb = b.ad().peers();
        if (!pa.isEmpty() && !pb.isEmpty() && Collections.disjoint(pa, pb)) {
            return true;
        }
        return Collections.disjoint(a.nodes(), b.nodes());
    }

    static void localPrefEbgp(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (BgpAdvertisement ad : c.metallb().advertisements()) {
                if (u32(ad.localPref()) == 0) {
                    continue;
                }
                for (BgpPeer p : c.metallb().peers()) {
                    boolean ebgp = u32(p.peerASN()) != 0 ? u32(p.peerASN()) != u32(p.myASN()) : "external".equals(p.dynamicASN());
                    if (ad.selectsPeer(p.name()) && ebgp) {
                        sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + ": localPref " + ad.localPref() + " has no effect toward BGPPeer "
                                        + p.name() + ", an eBGP peer (AS " + u32(p.myASN()) + " to " + (u32(p.peerASN()) != 0 ? u32(p.peerASN()) : "external")
                                        + "): LOCAL_PREF is only sent to iBGP peers",
                                Where.ids(c), "remove localPref, or use communities or AS-path prepending on the router to steer eBGP traffic");
                    }
                }
            }
        }
    }

    static void duplicate(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            List<BgpAdvertisement> ads = c.metallb().advertisements();
            boolean legacy = c.effectiveConfigStyle() == Cluster.ConfigStyle.LEGACY_CONFIGMAP;
            for (int i = 0; i < ads.size(); i++) {
                for (int j = 0; j < i; j++) {
                    BgpAdvertisement a = ads.get(i);
                    BgpAdvertisement b = ads.get(j);
                    if (Objects.equals(a.name(), b.name()) || legacy && sameExceptName(a, b)) {
                        sink.report(Where.of(c, "BGPAdvertisement", a.name()) + ": duplicate definition of bgpadvertisements. advertisement "
                                + (j + 1) + " and " + (i + 1) + " are equal", Where.ids(c), "remove one of them");
                        break;
                    }
                }
            }
        }
    }

    private static boolean sameExceptName(BgpAdvertisement a, BgpAdvertisement b) {
        return a.equals(new BgpAdvertisement(a.name(), b.ipAddressPools(), b.ipAddressPoolSelectors(), b.aggregationLength(),
                b.aggregationLengthV6(), b.localPref(), b.communities(), b.peers(), b.nodeSelectors(), b.serviceSelectors()));
    }

    static void unknownReference(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (BgpAdvertisement ad : c.metallb().advertisements()) {
                for (String pool : ad.ipAddressPools()) {
                    if (c.metallb().pool(pool).isEmpty()) {
                        sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + " names pool " + pool + ", which does not exist: MetalLB skips it",
                                Where.ids(c), "fix the pool name or create the IPAddressPool");
                    }
                }
                for (String peer : ad.peers()) {
                    if (c.metallb().peer(peer).isEmpty()) {
                        sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + " names BGPPeer " + peer + ", which does not exist: no session "
                                + "receives it through that name", Where.ids(c), "fix the peer name or create the BGPPeer");
                    }
                }
            }
        }
    }

    private static List<Cluster> notCilium(Context ctx) {
        return ctx.topology().clusters().stream().filter(c -> c.effectiveSpeaker() != io.peerplan.model.Speaker.CILIUM).toList();
    }
}
