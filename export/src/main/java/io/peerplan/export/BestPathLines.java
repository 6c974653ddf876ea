package io.peerplan.export;

import io.peerplan.model.BgpOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code bgp bestpath} lines of a router's options in the order and spelling of FRR's
 * {@code bgp_config_write} (bgpd/bgp_vty.c), which Quagga 1.2's {@code bgp_config_write}
 * (bgpd/bgpd.c) shares: as-path ignore, as-path multipath-relax, compare-routerid, med
 * [confed] [missing-as-worst], peer-type multipath-relax (FRR only).
 */
public final class BestPathLines {
    private BestPathLines() {
    }

    /** The lines without indentation; {@code peerType} false leaves out the FRR-only peer-type line. */
    public static List<String> of(BgpOptions b, boolean peerType) {
        List<String> out = new ArrayList<>();
        if (b.asPathIgnore()) {
            out.add("bgp bestpath as-path ignore");
        }
        if (b.asPathMultipathRelax()) {
            out.add("bgp bestpath as-path multipath-relax");
        }
        if (b.compareRouterId()) {
            out.add("bgp bestpath compare-routerid");
        }
        if (b.medConfed() || b.medMissingAsWorst()) {
            out.add("bgp bestpath med" + (b.medConfed() ? " confed" : "") + (b.medMissingAsWorst() ? " missing-as-worst" : ""));
        }
        if (peerType && b.peerTypeMultipathRelax()) {
            out.add("bgp bestpath peer-type multipath-relax");
        }
        return out;
    }
}
