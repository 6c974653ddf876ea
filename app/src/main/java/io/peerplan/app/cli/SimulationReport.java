package io.peerplan.app.cli;

import io.peerplan.model.TopologyIndex;
import io.peerplan.model.sim.AnycastView;
import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.PrefixMove;
import io.peerplan.model.sim.Rib;
import io.peerplan.model.sim.RibEntry;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SimulationNote;
import io.peerplan.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text {@code peerplan simulate} prints: the anycast view from each vantage (or the one asked
 * for), what moved against the baseline, the failover budget, sessions that are down, notes, and
 * the routers' and vantages' tables in the layout of FRR's {@code show bgp ipv4 unicast}.
 */
final class SimulationReport {
    /** Beyond this many table lines the text report points to --vantage or JSON instead. */
    static final int MAX_TABLE_LINES = 2000;
    /** Up to this many service IPs the failover budget lists every session; beyond, the worst one. */
    static final int MAX_DETAILED_BUDGETS = 20;

    private final SimulationResult r;
    private final String vantage;
    private final double rps;
    private final TopologyIndex index;
    private final StringBuilder out = new StringBuilder();

    SimulationReport(SimulationResult r, String vantage, double rps) {
        this.r = r;
        this.vantage = vantage;
        this.rps = rps;
        this.index = new TopologyIndex(r.topology());
    }

    String render() {
        line(0, "Simulation of " + r.topology().name() + " — " + r.scenario().describe());
        line(1, r.converged() ? "Converged (at most " + r.rounds() + " best-path run" + (r.rounds() == 1 ? "" : "s")
                + " per speaker and prefix; " + r.recomputedPrefixes() + " of "
                + r.prefixes().size() + " prefixes computed)."
                : "DOES NOT CONVERGE: " + r.oscillation().map(o -> String.join(", ", o.routers()) + " keep changing their best path to "
                        + o.prefixes()).orElse(""));
        anycast();
        changes();
        failover();
        sessions();
        notes();
        tables();
        return out.toString();
    }

    private void anycast() {
        String current = null;
        for (AnycastView v : views()) {
            if (!v.vantage().equals(current)) {
                current = v.vantage();
                section("Anycast from " + name(current));
            }
            String head = String.format("%-16s", v.serviceIp());
            if (v.prefix() == null) {
                line(1, head + "unreachable (no route)");
            } else if (!v.reachable()) {
                line(1, head + "not served: " + v.prefix() + " ends at " + String.join(", ", v.endsAt()) + " via " + v.viaPeer());
            } else {
                line(1, head + "→ " + regions(v.regions()) + ", " + String.join(", ", v.clusters()) + ": " + String.join(", ", v.nodes()));
                line(2, "  via " + v.viaPeer() + ", " + v.prefix() + ", AS path " + asPath(v.asPath()) + " (" + v.selectionReason() + ")");
            }
        }
    }

    private List<AnycastView> views() {
        if (vantage != null) {
            return r.anycast(vantage);
        }
        return r.anycastFromVantages();
    }

    private void changes() {
        if (r.baseline().isEmpty()) {
            return;
        }
        List<PrefixMove> moves = vantage == null ? r.changesFromVantages() : r.changesFrom(vantage);
        section("Changes against the baseline, seen from " + (vantage == null ? "the vantages" : name(vantage)) + " ("
                + moves.size() + "; --format json lists every router's)");
        for (PrefixMove m : moves) {
            line(1, String.format("%-24s %-20s %s → %s", m.vantage(), m.prefix(), place(m.from()), place(m.to())));
        }
    }

    private String place(PrefixMove.Placement p) {
        if (p == null) {
            return "unreachable";
        }
        String via = p.viaPeer() == null ? "" : " via " + p.viaPeer();
        if (p.regions().isEmpty() && p.clusters().isEmpty()) {
            return "ends at " + String.join(", ", p.endsAt()) + via;
        }
        return regions(p.regions()) + " (" + String.join(", ", p.clusters()) + ")" + via;
    }

    private void failover() {
        List<FailoverBudget> budgets = r.failover(vantage);
        if (budgets.isEmpty()) {
            return;
        }
        section("Failover budget at " + format(rps) + " requests/s");
        // Every session of every path for a handful of IPs; beyond that one line per IP.
        boolean detailed = budgets.size() <= MAX_DETAILED_BUDGETS;
        for (FailoverBudget b : budgets) {
            if (!detailed) {
                b.worst().ifPresent(w -> line(1, String.format("%-16s from %s: worst %s, %s %s (%s); %d sessions on the path",
                        b.serviceIp(), b.vantage(), w.session(), w.detection().mechanism().label(), w.detection().seconds(),
                        lost(w), b.sessions().size())));
                continue;
            }
            line(1, b.serviceIp() + " from " + b.vantage() + ":");
            for (FailoverBudget.SessionBudget s : b.sessions()) {
                Detection d = s.detection();
                line(2, String.format("%-36s %-10s %-8s %s; %s", s.session(), d.mechanism().label(), d.seconds(), lost(s),
                        d.explanation()));
            }
        }
    }

    private String lost(FailoverBudget.SessionBudget s) {
        return s.detection().mechanism() == Detection.Mechanism.NEVER ? "never detected" : "~" + s.requestsLost(rps) + " requests lost";
    }

    private void sessions() {
        List<SessionState> down = r.sessions().stream().filter(s -> !s.up()).toList();
        if (down.isEmpty()) {
            return;
        }
        section("Sessions down (" + down.size() + " of " + r.sessions().size() + ")");
        for (SessionState s : down) {
            line(1, s.id() + ": " + s.downReason());
        }
    }

    private void notes() {
        if (r.notes().isEmpty()) {
            return;
        }
        section("Notes");
        for (SimulationNote n : r.notes()) {
            line(1, n.elementId() + ": " + n.message());
        }
    }

    /** FRR's table layout: status, network, next hop, metric, locprf, weight, path, origin, then the reason. */
    private static boolean learns(Rib rib) {
        return rib.entries().values().stream().anyMatch(x -> x.candidates().stream().anyMatch(p -> !p.isLocal()));
    }

    private void tables() {
        List<Rib> ribs = new ArrayList<>();
        for (Map.Entry<String, Rib> e : r.ribs().entrySet()) {
            // A node's table is its own announcements, unless it learns routes (frr-k8s toReceive): then it is shown too.
            boolean node = index.node(e.getKey()).isPresent();
            if (vantage != null ? e.getKey().equals(vantage) : !node || learns(e.getValue())) {
                ribs.add(e.getValue());
            }
        }
        int lines = ribs.stream().mapToInt(rib -> rib.entries().values().stream().mapToInt(x -> x.candidates().size()).sum()).sum();
        if (lines > MAX_TABLE_LINES) {
            section("BGP tables");
            line(1, lines + " paths: too many to print; use --vantage ID for one table or --format json --tables for all.");
            return;
        }
        for (Rib rib : ribs) {
            section("BGP table of " + name(rib.speakerId()));
            if (rib.entries().isEmpty()) {
                line(1, "(empty)");
                continue;
            }
            line(1, String.format("   %-20s %-16s %6s %6s %6s %s", "Network", "Next Hop", "Metric", "LocPrf", "Weight", "Path"));
            for (RibEntry e : rib.entries().values()) {
                boolean first = true;
                for (BgpPath p : e.candidates()) {
                    boolean best = e.best().isPresent() && e.best().get() == p;
                    String status = (p.valid() ? "*" : " ") + (best ? ">" : e.multipath().contains(p) ? "=" : " ")
                            + ("internal".equals(p.peerType()) ? "i" : " ");
                    String path = (p.asPathText().isEmpty() ? "" : p.asPathText() + " ") + originCode(p.origin());
                    line(1, String.format("%s%-20s %-16s %6s %6s %6d %s%s", status, first ? e.prefix().toString() : "", p.nextHop(),
                            p.med() == null ? "" : p.med(), p.localPref() == null ? "" : p.localPref(), p.weight(), path,
                            best ? "   (" + e.selectionReason() + ")" : p.valid() ? "" : "   (inaccessible)"));
                    first = false;
                }
            }
        }
    }

    private static String originCode(String origin) {
        return switch (origin) {
            case "IGP" -> "i";
            case "EGP" -> "e";
            default -> "?";
        };
    }

    private String regions(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> index.displayName(id) + " [" + id + "]").toList());
    }

    private String name(String id) {
        return index.displayName(id) + " [" + id + "]";
    }

    private static String asPath(List<Long> path) {
        return path.isEmpty() ? "(empty)" : String.join(" ", path.stream().map(String::valueOf).toList());
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private void section(String title) {
        out.append('\n').append(title).append('\n');
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }
}
