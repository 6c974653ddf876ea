package io.peerplan.model.sim;

import io.peerplan.model.Ip;
import io.peerplan.model.Speaker;
import io.peerplan.model.SpeakerSwitch;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What switching the clusters of a design (every one, or one: {@link SpeakerSwitch}) to another BGP
 * speaker does to the same network: where
 * each anycast IP is served from each vantage before and after, which sessions change (their
 * failure detection, or whether they come up), and the failover budget of each served IP before and
 * after (the detection of the speakers' own sessions on its paths, see {@link #speakers}). Both sides are full simulations of the design, the
 * second with {@link SpeakerSwitch#applyTo}; pure, so the CLI and the designer show the same figures.
 *
 * @param to the speaker the clusters switch to
 */
public record SpeakerComparison(Speaker to, List<Placement> placements, List<SessionChange> sessions, List<Failover> failover) {

    public SpeakerComparison {
        placements = List.copyOf(placements);
        sessions = List.copyOf(sessions);
        failover = List.copyOf(failover);
    }

    /** Where one service IP is served from one vantage: clusters (and their regions) and nodes, before and after. */
    public record Placement(Ip serviceIp, String vantage, List<String> before, List<String> after) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** A session whose detection or state differs; {@code before}/{@code after} are null where the session does not exist. */
    public record SessionChange(String session, String a, String b, SessionState before, SessionState after) {
    }

    /** The slowest failure detection on the paths of one served IP from one vantage, before and after (null: not served). */
    public record Failover(Ip serviceIp, String vantage, FailoverBudget.SessionBudget before, FailoverBudget.SessionBudget after) {
    }

    /** Every cluster switched to {@code to}; see {@link #of(Topology, SpeakerSwitch)}. */
    public static SpeakerComparison of(Topology design, Speaker to) {
        return of(design, SpeakerSwitch.everyCluster(to));
    }

    /** Runs both simulations; cost: two full runs of the design. */
    public static SpeakerComparison of(Topology design, SpeakerSwitch change) {
        Speaker to = change.to();
        SimulationResult before = Simulator.run(design, Scenario.BASELINE);
        SimulationResult after = Simulator.run(change.applyTo(design), Scenario.BASELINE);
        java.util.Set<String> vantages = new java.util.HashSet<>(design.vantages().stream().map(io.peerplan.model.Vantage::id).toList());
        return new SpeakerComparison(to, placements(before, after, vantages), sessions(before, after), failover(before, after));
    }

    /** True when no anycast IP moves from any vantage. */
    public boolean placementUnchanged() {
        return placements.stream().noneMatch(Placement::changed);
    }

    /** From the design's vantages (from every router when it has none). */
    private static List<Placement> placements(SimulationResult before, SimulationResult after, java.util.Set<String> vantages) {
        java.util.function.Predicate<AnycastView> seen = v -> vantages.isEmpty() || vantages.contains(v.vantage());
        Map<String, AnycastView> a = new LinkedHashMap<>();
        anycast(after, vantages).stream().filter(seen).forEach(v -> a.put(v.serviceIp() + " " + v.vantage(), v));
        List<Placement> out = new ArrayList<>();
        for (AnycastView b : anycast(before, vantages).stream().filter(seen).toList()) {
            AnycastView x = a.remove(b.serviceIp() + " " + b.vantage());
            out.add(new Placement(b.serviceIp(), b.vantage(), where(b), where(x)));
        }
        a.values().forEach(x -> out.add(new Placement(x.serviceIp(), x.vantage(), List.of(), where(x))));
        return out;
    }

    private static List<AnycastView> anycast(SimulationResult r, java.util.Set<String> vantages) {
        return vantages.isEmpty() ? r.anycast() : r.anycastFromVantages();
    }

    /** The clusters (with their regions) and nodes the best paths lead to; empty when unreachable. */
    private static List<String> where(AnycastView v) {
        if (v == null || !v.reachable()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(v.clusters());
        out.addAll(v.nodes());
        return List.copyOf(out);
    }

    private static List<SessionChange> sessions(SimulationResult before, SimulationResult after) {
        Map<String, SessionState> a = new LinkedHashMap<>();
        after.sessions().forEach(s -> a.put(s.id(), s));
        List<SessionChange> out = new ArrayList<>();
        for (SessionState b : before.sessions()) {
            SessionState x = a.remove(b.id());
            if (x == null || x.up() != b.up() || !sameDetection(b.detection(), x.detection())) {
                out.add(new SessionChange(b.id(), b.a(), b.b(), b, x));
            }
        }
        a.values().forEach(x -> out.add(new SessionChange(x.id(), x.a(), x.b(), null, x)));
        return out;
    }

    /**
     * The budget a switch of speaker concerns: the speakers' own sessions on the serving paths (the
     * routers' sessions are the same on both sides), the one slowest afterwards, before and after.
     * A path with no speaker session keeps the slowest session on each side.
     */
    private static Failover speakers(FailoverBudget b, FailoverBudget x) {
        Map<String, FailoverBudget.SessionBudget> after = new LinkedHashMap<>();
        x.sessions().forEach(s -> after.putIfAbsent(s.session(), s));
        return b.sessions().stream()
                .filter(s -> after.containsKey(s.session()) && s.speakerSession())
                .max(java.util.Comparator.comparingLong(s -> millis(after.get(s.session()).detection())))
                .map(s -> new Failover(b.serviceIp(), b.vantage(), s, after.get(s.session())))
                .orElseGet(() -> new Failover(b.serviceIp(), b.vantage(), b.worst().orElse(null), x.worst().orElse(null)));
    }

    private static long millis(Detection d) {
        return d.mechanism() == Detection.Mechanism.NEVER ? Long.MAX_VALUE : d.millis();
    }

    private static boolean sameDetection(Detection x, Detection y) {
        return x == null ? y == null : y != null && x.mechanism() == y.mechanism() && x.millis() == y.millis();
    }

    private static List<Failover> failover(SimulationResult before, SimulationResult after) {
        Map<String, FailoverBudget> a = new LinkedHashMap<>();
        after.failover(null).forEach(f -> a.put(f.serviceIp() + " " + f.vantage(), f));
        List<Failover> out = new ArrayList<>();
        for (FailoverBudget b : before.failover(null)) {
            FailoverBudget x = a.remove(b.serviceIp() + " " + b.vantage());
            out.add(x == null ? new Failover(b.serviceIp(), b.vantage(), b.worst().orElse(null), null) : speakers(b, x));
        }
        a.values().forEach(x -> out.add(new Failover(x.serviceIp(), x.vantage(), null, x.worst().orElse(null))));
        return out;
    }

    /** Sessions whose failure detection changed mechanism or time (for the summary line). */
    public long detectionChanges() {
        return sessions.stream().filter(s -> s.before() != null && s.after() != null
                && !Objects.equals(s.before().detection().mechanism(), s.after().detection().mechanism())).count();
    }
}
