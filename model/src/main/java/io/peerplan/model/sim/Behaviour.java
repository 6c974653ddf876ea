package io.peerplan.model.sim;

import io.peerplan.model.BgpOptions;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;

/**
 * What a speaker's software does where the config says nothing: policy requirements, defaults
 * and the decision options. FRR-based routers (platform {@code frr}, and {@code external}
 * providers, which the lab runs as FRR) follow their {@link BgpOptions}; Quagga 1.2 and RouterOS
 * have no RFC 8212 policy requirement and no BGP multipath by default (reference.md §3, §4).
 *
 * @param ebgpRequiresPolicy eBGP neighbors without inbound/outbound policy exchange nothing
 * @param importCheck        {@code network} statements need an exact route in the RIB
 * @param sendCommunity      communities are sent to neighbors (FRR: on by default; Quagga: off)
 * @param acceptsNothing     a MetalLB speaker: its FRR denies every route inbound
 * @param announcesNothing   a vantage: it only listens
 * @param holdSeconds        the hold time it proposes when the neighbor sets none
 */
record Behaviour(boolean ebgpRequiresPolicy, boolean importCheck, boolean sendCommunity, boolean acceptsNothing,
        boolean announcesNothing, DecisionOptions decision, int holdSeconds) {

    /**
     * FRR's default {@code maximum-paths} for eBGP and iBGP: {@code multipath_num}, the build's ECMP
     * maximum (bgpd/bgp_mpath.c). Debian's FRR 8.4.4 reports "ECMP Maximum 256", and multipath is on
     * with no {@code maximum-paths} line (FrrFactsTest batches 1 and 2).
     */
    static final int FRR_DEFAULT_MAXIMUM_PATHS = 256;
    /** FRR's {@code bgp_create}: 180 s under traditional defaults, as for vantages run as FRR. */
    static final int FRR_TRADITIONAL_HOLD = 180;
    /** Quagga and RouterOS propose a 180 s hold time by default. */
    static final int CLASSIC_HOLD = 180;

    static Behaviour of(Router r) {
        BgpOptions o = r.bgp();
        Platform p = r.platform() == null ? Platform.FRR : r.platform();
        boolean frr = p == Platform.FRR || p == Platform.EXTERNAL;
        boolean dmed = o.deterministicMed() != null ? o.deterministicMed()
                : frr && o.effectiveDefaults().deterministicMed();
        int defaultPaths = frr ? FRR_DEFAULT_MAXIMUM_PATHS : 1;
        DecisionOptions d = new DecisionOptions(o.alwaysCompareMed(), o.compareRouterId(), dmed,
                o.maximumPaths() != null ? o.maximumPaths() : defaultPaths,
                o.maximumPathsIbgp() != null ? o.maximumPathsIbgp() : defaultPaths, o.asPathIgnore(),
                o.asPathMultipathRelax(), o.medMissingAsWorst(), o.peerTypeMultipathRelax());
        boolean importCheck = switch (p) {
            case FRR, EXTERNAL -> o.effectiveNetworkImportCheck();
            // Quagga: `bgp network import-check` is off unless configured.
            case QUAGGA -> Boolean.TRUE.equals(o.networkImportCheck());
            // RouterOS /routing bgp network synchronize=yes (the default) needs the route present.
            case ROUTEROS_V6, ROUTEROS_V7 -> o.networkImportCheck() == null || o.networkImportCheck();
        };
        int hold = o.hold() != null ? o.hold() : frr ? o.effectiveHold() : CLASSIC_HOLD;
        return new Behaviour(frr && o.effectiveEbgpRequiresPolicy(), importCheck, p != Platform.QUAGGA, false, false,
                d, hold);
    }

    /** A vantage: an FRR that accepts every route, sends none, and has no policy to satisfy. */
    static Behaviour vantage() {
        return new Behaviour(false, false, true, false, true,
                new DecisionOptions(false, false, false, FRR_DEFAULT_MAXIMUM_PATHS, FRR_DEFAULT_MAXIMUM_PATHS),
                FRR_TRADITIONAL_HOLD);
    }

    /**
     * A MetalLB speaker: FRR rendered by MetalLB (`no bgp ebgp-requires-policy`, `no bgp network
     * import-check`, an inbound route-map denying everything; reference.md §1) or the native speaker,
     * which ignores what it receives.
     */
    static Behaviour metalLbSpeaker(int holdSeconds) {
        return new Behaviour(false, false, true, true, false, DecisionOptions.PLAIN, holdSeconds);
    }

    /**
     * An frr-k8s node some of whose peers set {@code toReceive}: the same FRR, whose inbound
     * prefix-list per neighbor permits what toReceive allows ({@link Adjacency#nodeReceive}).
     */
    static Behaviour receivingSpeaker(int holdSeconds) {
        return new Behaviour(false, false, true, false, false, DecisionOptions.PLAIN, holdSeconds);
    }
}
