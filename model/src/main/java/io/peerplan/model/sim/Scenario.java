package io.peerplan.model.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A what-if: elements that fail (ids of regions, routers, vantages, clusters, nodes, peerings or
 * networks, as in the project file) and route-map prepend overrides. {@link #BASELINE} changes
 * nothing.
 */
public record Scenario(Set<String> failed, List<PrependOverride> prepends) {

    public static final Scenario BASELINE = new Scenario(Set.of(), List.of());

    public Scenario {
        failed = failed == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(failed));
        prepends = prepends == null ? List.of() : List.copyOf(prepends);
    }

    /** A scenario in which these elements fail. */
    public static Scenario failing(String... ids) {
        return new Scenario(new LinkedHashSet<>(List.of(ids)), List.of());
    }

    /** This scenario with one more prepend override. */
    public Scenario withPrepend(PrependOverride p) {
        List<PrependOverride> l = new ArrayList<>(prepends);
        l.add(p);
        return new Scenario(failed, l);
    }

    /** This scenario with more failed elements. */
    public Scenario withFailed(String... ids) {
        Set<String> s = new LinkedHashSet<>(failed);
        s.addAll(List.of(ids));
        return new Scenario(s, prepends);
    }

    public boolean isBaseline() {
        return failed.isEmpty() && prepends.isEmpty();
    }

    /** "baseline", or e.g. "fail alfa; set gateway-alfa-unoone/prpnd_private:10.prepend=5". */
    public String describe() {
        if (isBaseline()) {
            return "baseline";
        }
        List<String> parts = new ArrayList<>();
        if (!failed.isEmpty()) {
            parts.add("fail " + String.join(", ", failed));
        }
        if (!prepends.isEmpty()) {
            parts.add("set " + String.join(", ", prepends.stream().map(PrependOverride::toString).toList()));
        }
        return String.join("; ", parts);
    }
}
