package io.peerplan.app.ui.lab;

import io.peerplan.export.lab.LabComparison;
import io.peerplan.export.lab.LabPlan;
import io.peerplan.export.lab.LabRib;
import io.peerplan.export.lab.Prediction;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of the lab panel's agreement table: a (speaker, prefix), the simulator's best path and
 * FRR {@code selectionReason} beside real FRR's, and whether they agree (LabComparison's rules:
 * neighbor, AS path, next hop, reason and multipath set must all match).
 *
 * @param role        router, speaker (a MetalLB node) or vantage
 * @param differences what differs, e.g. "reason, AS path"; empty when the two agree
 */
public record AgreementRow(String speaker, String role, IpPrefix prefix, String simulatorPath, String simulatorReason,
        String labPath, String labReason, boolean agrees, String differences) {

    /** The rows of a comparison, in its order (speaker, then prefix). */
    public static List<AgreementRow> of(LabComparison.Report report, Map<String, LabRib> ribs, Prediction prediction,
            LabPlan plan) {
        List<AgreementRow> out = new ArrayList<>();
        for (LabComparison.Entry e : report.entries()) {
            Optional<LabRib.Path> real = Optional.ofNullable(ribs.get(e.elementId())).flatMap(r -> r.best(e.prefix()));
            Prediction.Best sim = prediction.entries().getOrDefault(e.elementId(), Map.of()).get(e.prefix());
            String role = plan.host(e.elementId()).map(h -> h.role().name().toLowerCase(java.util.Locale.ROOT)).orElse("");
            Set<Ip> multipath = real.isEmpty() ? Set.of() : multipath(ribs.get(e.elementId()).routes().get(e.prefix()));
            out.add(new AgreementRow(e.elementId(), role, e.prefix(),
                    sim == null ? "no route" : path(sim.peer(), sim.nextHop(), sim.asPath(), sim.multipath()),
                    sim == null ? "" : nullToEmpty(sim.reason()),
                    real.map(p -> path(p.peer(), p.nextHop(), p.asPath(), multipath)).orElse("no route"),
                    real.map(p -> nullToEmpty(p.reason())).orElse(""),
                    e.agrees(), String.join(", ", e.differences())));
        }
        return out;
    }

    /** The neighbors FRR flags multipath, with the best one, as LabComparison counts them. */
    private static Set<Ip> multipath(List<LabRib.Path> paths) {
        Set<Ip> out = new TreeSet<>();
        paths.stream().filter(LabRib.Path::multipath).map(LabRib.Path::peer).filter(java.util.Objects::nonNull)
                .forEach(out::add);
        if (!out.isEmpty()) {
            paths.stream().filter(LabRib.Path::best).map(LabRib.Path::peer).filter(java.util.Objects::nonNull)
                    .forEach(out::add);
        }
        return out;
    }

    /** "local", or "from NEIGHBOR via NEXTHOP [AS PATH]", plus the multipath set when there is one. */
    static String path(Ip peer, Ip nextHop, List<Long> asPath, Collection<Ip> multipath) {
        String as = asPath.isEmpty() ? "i" : String.join(" ", asPath.stream().map(String::valueOf).toList());
        String base = peer == null ? "local" : "from " + peer + (nextHop == null || nextHop.equals(peer) ? ""
                : " via " + nextHop) + " [" + as + "]";
        if (multipath.size() > 1) {
            base += " multipath " + String.join(", ", new TreeSet<>(multipath).stream().map(Ip::toString).toList());
        }
        return base;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
