package io.peerplan.export.lab;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares, for every (speaker, prefix) either side knows, the real router's best path (and FRR's
 * selection reason) with the simulator's. A prefix FRR holds without a best path (an invalid {@code network}
 * under import-check) counts as absent, as the simulator has no entry for it.
 */
public final class LabComparison {
    private LabComparison() {
    }

    /** One compared (speaker, prefix); {@code differences} is empty when both sides agree. */
    public record Entry(String elementId, IpPrefix prefix, String lab, String simulator, List<String> differences) {
        public boolean agrees() {
            return differences.isEmpty();
        }

        @Override
        public String toString() {
            return (agrees() ? "AGREE  " : "DIFFER ") + elementId + " " + prefix + ": "
                    + (agrees() ? lab : "lab " + lab + " | simulator " + simulator + " (" + String.join(", ",
                            differences) + ")");
        }
    }

    /** All compared entries, sorted by element and prefix. */
    public record Report(List<Entry> entries) {
        public List<Entry> agreements() {
            return entries.stream().filter(Entry::agrees).toList();
        }

        public List<Entry> disagreements() {
            return entries.stream().filter(e -> !e.agrees()).toList();
        }

        public boolean allAgree() {
            return entries.stream().allMatch(Entry::agrees);
        }

        public String summary() {
            return agreements().size() + " of " + entries.size() + " (speaker, prefix) best paths agree"
                    + (allAgree() ? "" : "; " + disagreements().size() + " differ");
        }
    }

    /**
     * @param elements the speakers to compare (running ones: a stopped bgpd has no table to read)
     */
    public static Report compare(Map<String, LabRib> lab, Prediction sim, Set<String> elements) {
        List<Entry> out = new ArrayList<>();
        for (String id : elements) {
            LabRib rib = lab.get(id);
            Map<IpPrefix, Prediction.Best> predicted = sim.entries().getOrDefault(id, Map.of());
            Set<IpPrefix> prefixes = new TreeSet<>(predicted.keySet());
            if (rib != null) {
                rib.routes().keySet().stream().filter(p -> rib.best(p).isPresent()).forEach(prefixes::add);
            }
            for (IpPrefix p : prefixes) {
                Optional<LabRib.Path> real = rib == null ? Optional.empty() : rib.best(p);
                out.add(entry(id, p, real, rib, Optional.ofNullable(predicted.get(p))));
            }
        }
        out.sort(Comparator.comparing(Entry::elementId).thenComparing(Entry::prefix));
        return new Report(out);
    }

    private static Entry entry(String id, IpPrefix p, Optional<LabRib.Path> real, LabRib rib,
            Optional<Prediction.Best> sim) {
        List<String> diff = new ArrayList<>();
        if (real.isEmpty() || sim.isEmpty()) {
            diff.add(real.isEmpty() ? "FRR has no best path" : "the simulator has no best path");
            return new Entry(id, p, real.map(LabComparison::describe).orElse("no route"),
                    sim.map(LabComparison::describe).orElse("no route"), diff);
        }
        LabRib.Path r = real.get();
        Prediction.Best s = sim.get();
        if (!Objects.equals(r.peer(), s.peer())) {
            diff.add("neighbor");
        }
        if (!r.asPath().equals(s.asPath())) {
            diff.add("AS path");
        }
        if (!Objects.equals(r.nextHop(), s.nextHop()) && !(r.local() && s.peer() == null)) {
            diff.add("next hop");
        }
        // Quagga 1.2 prints no reason (route_vty_out_detail): its choice is judged by the path alone.
        if (rib.reportsReasons() && !Objects.equals(r.reason(), s.reason())) {
            diff.add("reason");
        }
        if (!multipath(rib.routes().get(p)).equals(s.multipath())) {
            diff.add("multipath");
        }
        return new Entry(id, p, describe(r, multipath(rib.routes().get(p))), describe(s), diff);
    }

    /** The neighbors of FRR's multipath set (best included), empty without multipath. */
    static Set<Ip> multipath(List<LabRib.Path> paths) {
        Set<Ip> out = new LinkedHashSet<>();
        for (LabRib.Path x : paths) {
            if (x.multipath() && x.peer() != null) {
                out.add(x.peer());
            }
        }
        if (!out.isEmpty()) {
            paths.stream().filter(LabRib.Path::best).map(LabRib.Path::peer).filter(Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    private static String describe(LabRib.Path r, Set<Ip> multipath) {
        return (r.local() ? "local" : "from " + r.peer() + " via " + r.nextHop()) + " [" + asPath(r.asPath()) + "]"
                + (r.reason() == null ? "" : " \"" + r.reason() + "\"")
                + (multipath.isEmpty() ? "" : " multipath " + new TreeSet<>(multipath));
    }

    private static String describe(LabRib.Path r) {
        return describe(r, Set.of());
    }

    private static String describe(Prediction.Best s) {
        return (s.peer() == null ? "local" : "from " + s.peer() + " via " + s.nextHop()) + " [" + asPath(s.asPath())
                + "] \"" + s.reason() + "\"" + (s.multipath().isEmpty() ? "" : " multipath " + new TreeSet<>(s.multipath()));
    }

    private static String asPath(List<Long> path) {
        return path.stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse("");
    }
}
