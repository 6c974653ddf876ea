package io.peerplan.export.lab;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One router's IPv4 unicast BGP table as {@code show bgp ipv4 unicast json} reports it (FRR), or
 * as {@link QuaggaShow} reads Quagga's text.
 *
 * @param routes every prefix with at least one path (also those without a best path: an invalid
 *               {@code network} statement under import-check still shows, FrrFactsTest)
 * @param reportsReasons whether the software names why a path is best (FRR does; Quagga 1.2 does not)
 */
public record LabRib(String elementId, Map<IpPrefix, List<Path>> routes, boolean reportsReasons) {

    public LabRib {
        routes = Map.copyOf(routes);
    }

    /** An FRR table: FRR names the reason of every best path ({@code selectionReason}). */
    public LabRib(String elementId, Map<IpPrefix, List<Path>> routes) {
        this(elementId, routes, true);
    }

    /** The best path of a prefix, if FRR chose one. */
    public Optional<Path> best(IpPrefix prefix) {
        return routes.getOrDefault(prefix, List.of()).stream().filter(Path::best).findFirst();
    }

    /**
     * One path.
     *
     * @param peer       the neighbor address it came from; null for a locally originated path
     * @param asPath     the AS numbers in order (sets flattened)
     * @param med        the MED ({@code metric}); null when the path carries none
     * @param localPref  null when FRR shows none (eBGP-learned and local paths)
     * @param internal   learned over iBGP ({@code pathFrom: internal})
     * @param reason     FRR's {@code selectionReason}, only on the best path
     * @param multipath  FRR flags it {@code multipath} (the table JSON leaves the flag off the best path)
     */
    public record Path(Ip peer, List<Long> asPath, String origin, Long med, Long localPref, long weight, Ip nextHop,
            boolean valid, boolean best, String reason, boolean multipath, boolean internal) {

        public Path {
            asPath = List.copyOf(asPath);
        }

        public boolean local() {
            return peer == null;
        }
    }
}
