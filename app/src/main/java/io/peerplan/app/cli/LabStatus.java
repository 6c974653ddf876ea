package io.peerplan.app.cli;

import io.peerplan.export.lab.Convergence;
import io.peerplan.export.lab.Lab;
import io.peerplan.export.lab.LabPlan;
import io.peerplan.export.lab.LabRib;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;

/** Prints a lab: one line per FRR host with its namespace, bgpd, sessions and best paths. */
final class LabStatus {
    private LabStatus() {
    }

    static void print(Lab lab, Convergence.Report report, PrintWriter out) {
        Set<String> running = lab.running();
        Map<String, Map<String, String>> sessions = lab.sessionStates();
        Map<String, LabRib> ribs = report != null ? report.ribs() : lab.ribs();
        out.printf("lab %s (%s, from %s)%n", lab.state().labId, lab.state().name, lab.state().source);
        if (!lab.state().failed.isEmpty()) {
            out.println("failed: " + String.join(", ", lab.state().failed));
        }
        out.printf("%-24s %-8s %-34s %-9s %-11s %s%n", "ELEMENT", "ROLE", "NAMESPACE", "BGPD", "SESSIONS", "BEST PATHS");
        for (LabPlan.Host h : lab.plan().hosts()) {
            Map<String, String> s = sessions.getOrDefault(h.elementId(), Map.of());
            long up = s.values().stream().filter("Established"::equals).count();
            LabRib rib = ribs.get(h.elementId());
            long best = rib == null ? 0 : rib.routes().keySet().stream().filter(p -> rib.best(p).isPresent()).count();
            out.printf("%-24s %-8s %-34s %-9s %-11s %d%n", h.elementId(), h.role().name().toLowerCase(), h.namespace(),
                    running.contains(h.elementId()) ? "running" : "stopped", up + "/" + s.size(), best);
        }
        if (report != null) {
            if (report.converged()) {
                out.printf("converged in %.2f s%n", report.elapsed().toMillis() / 1000.0);
            } else {
                out.printf("NOT converged after %.0f s%n", report.elapsed().toMillis() / 1000.0);
                report.downSessions().forEach(d -> out.println("  session down: " + d));
                report.missing().forEach(m -> out.println("  missing: " + m));
            }
        }
        out.println("take it down with: peerplan lab down " + lab.state().source);
    }
}
