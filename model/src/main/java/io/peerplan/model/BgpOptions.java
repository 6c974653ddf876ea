package io.peerplan.model;

import java.util.List;

/**
 * Router-wide BGP settings. Nullable Booleans and Integers mean "not written in the config", so the
 * defaults profile applies; {@link #effective…} methods resolve them as FRR does.
 *
 * @param defaults            {@code frr defaults traditional|datacenter}
 * @param ebgpRequiresPolicy  {@code [no] bgp ebgp-requires-policy} (RFC 8212)
 * @param networkImportCheck  {@code [no] bgp network import-check}
 * @param maximumPaths        {@code maximum-paths N} (eBGP multipath)
 * @param maximumPathsIbgp    {@code maximum-paths ibgp N}
 * @param routeMapDelayTimer  {@code bgp route-map delay-timer N}
 * @param listenLimit         {@code bgp listen limit N}
 * @param clusterId           {@code bgp cluster-id} for route reflectors
 * @param asPathIgnore        {@code bgp bestpath as-path ignore}: the AS-path length step is skipped
 * @param asPathMultipathRelax {@code bgp bestpath as-path multipath-relax}: paths of equal length from
 *                            different neighbouring ASes are multipath
 * @param medConfed           {@code bgp bestpath med confed}: MEDs of confederation-internal paths are
 *                            compared (no effect without confederations, which designs do not have)
 * @param medMissingAsWorst   {@code bgp bestpath med missing-as-worst}: a path without MED counts as
 *                            4294967295, not 0
 * @param peerTypeMultipathRelax {@code bgp bestpath peer-type multipath-relax}: eBGP and iBGP paths
 *                            equal up to the peer type may share the multipath set
 * @param nhtResolveViaDefault zebra's {@code ip nht resolve-via-default}: BGP next hops may resolve
 *                            through a default route. A router-wide zebra line, kept here because
 *                            BGP's next-hop tracking is the only thing in a design it changes
 */
public record BgpOptions(
        DefaultsProfile defaults,
        Boolean ebgpRequiresPolicy,
        Boolean networkImportCheck,
        Integer maximumPaths,
        Integer maximumPathsIbgp,
        boolean alwaysCompareMed,
        Boolean deterministicMed,
        boolean compareRouterId,
        Integer routeMapDelayTimer,
        Integer listenLimit,
        List<ListenRange> listenRanges,
        Integer keepalive,
        Integer hold,
        Ip clusterId,
        boolean asPathIgnore,
        boolean asPathMultipathRelax,
        boolean medConfed,
        boolean medMissingAsWorst,
        boolean peerTypeMultipathRelax,
        boolean nhtResolveViaDefault) {

    public static final BgpOptions DEFAULT = new BgpOptions(null, null, null, null, null, false, null, false, null,
            null, null, null, null, null, false, false, false, false, false, false);

    public BgpOptions {
        listenRanges = Lists.copy(listenRanges);
    }

    /** The profile in force; FRR's compiled-in default for Debian's packages is traditional. */
    public DefaultsProfile effectiveDefaults() {
        return defaults == null ? DefaultsProfile.TRADITIONAL : defaults;
    }

    public boolean effectiveEbgpRequiresPolicy() {
        return ebgpRequiresPolicy != null ? ebgpRequiresPolicy : effectiveDefaults().ebgpRequiresPolicy();
    }

    public boolean effectiveNetworkImportCheck() {
        return networkImportCheck != null ? networkImportCheck : effectiveDefaults().networkImportCheck();
    }

    public int effectiveKeepalive() {
        return keepalive != null ? keepalive : effectiveDefaults().keepalive();
    }

    public int effectiveHold() {
        return hold != null ? hold : effectiveDefaults().hold();
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public BgpOptions withDefaults(DefaultsProfile value) {
        return new BgpOptions(value, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withEbgpRequiresPolicy(Boolean value) {
        return new BgpOptions(defaults, value, networkImportCheck, maximumPaths, maximumPathsIbgp, alwaysCompareMed,
                deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges, keepalive, hold,
                clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst, peerTypeMultipathRelax,
                nhtResolveViaDefault);
    }

    public BgpOptions withListenRanges(List<ListenRange> value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, value, keepalive,
                hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst, peerTypeMultipathRelax,
                nhtResolveViaDefault);
    }

    public BgpOptions withNhtResolveViaDefault(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, value);
    }

    public BgpOptions withNetworkImportCheck(Boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, value, maximumPaths, maximumPathsIbgp, alwaysCompareMed,
                deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges, keepalive, hold,
                clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst, peerTypeMultipathRelax,
                nhtResolveViaDefault);
    }

    public BgpOptions withMaximumPaths(Integer value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, value, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withMaximumPathsIbgp(Integer value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, value, alwaysCompareMed,
                deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges, keepalive, hold,
                clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst, peerTypeMultipathRelax,
                nhtResolveViaDefault);
    }

    public BgpOptions withAlwaysCompareMed(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp, value,
                deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges, keepalive, hold,
                clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst, peerTypeMultipathRelax,
                nhtResolveViaDefault);
    }

    public BgpOptions withDeterministicMed(Boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, value, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges, keepalive,
                hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withCompareRouterId(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, value, routeMapDelayTimer, listenLimit, listenRanges, keepalive,
                hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withRouteMapDelayTimer(Integer value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, value, listenLimit, listenRanges, keepalive,
                hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withListenLimit(Integer value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, value, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withKeepalive(Integer value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                value, hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withHold(Integer value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, value, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withClusterId(Ip value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, value, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withAsPathIgnore(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, value, asPathMultipathRelax, medConfed, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withAsPathMultipathRelax(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, value, medConfed, medMissingAsWorst, peerTypeMultipathRelax,
                nhtResolveViaDefault);
    }

    public BgpOptions withMedConfed(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, asPathMultipathRelax, value, medMissingAsWorst,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withMedMissingAsWorst(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, value,
                peerTypeMultipathRelax, nhtResolveViaDefault);
    }

    public BgpOptions withPeerTypeMultipathRelax(boolean value) {
        return new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges,
                keepalive, hold, clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst, value,
                nhtResolveViaDefault);
    }
}
