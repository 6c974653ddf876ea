package io.peerplan.export.lab;

import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.sim.PrependOverride;
import io.peerplan.model.sim.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays a simulator {@link Scenario} on a running lab, as the simulator computes it: from the
 * converged baseline, the failed elements go down ({@link Lab#fail}) and each prepend override is
 * configured live on its router ({@code set as-path prepend} on the route-map entry, then a soft
 * outbound clear so that FRR re-advertises at once instead of after the route-map delay timer).
 */
public final class LabScenario {
    private LabScenario() {
    }

    /** Applies what the lab is not yet running of the scenario; returns what was done. */
    public static List<String> apply(Lab lab, Scenario s) {
        List<String> done = new ArrayList<>();
        for (PrependOverride o : s.prepends()) {
            if (!lab.state().prepends.contains(o.toString())) {
                done.add(prepend(lab, o));
                lab.state().prepends.removeIf(p -> p.startsWith(o.routerId() + "/" + o.routeMap() + ":" + o.seq() + "."));
                lab.state().prepends.add(o.toString());
            }
        }
        lab.store().save(lab.state());
        Set<String> newFailures = new LinkedHashSet<>(s.failed());
        newFailures.removeAll(lab.state().failed);
        if (!newFailures.isEmpty()) {
            done.addAll(lab.fail(newFailures));
        }
        return done;
    }

    static String prepend(Lab lab, PrependOverride o) {
        Router r = lab.topology().routers().stream().filter(x -> x.id().equals(o.routerId())).findFirst()
                .orElseThrow(() -> new LabException("prepend override " + o + ": no router " + o.routerId()));
        RouteMap.Entry entry = r.routeMap(o.routeMap()).map(m -> m.entry(o.seq())).orElseThrow(
                () -> new LabException("prepend override " + o + ": " + o.routerId() + " has no route-map entry "
                        + o.routeMap() + " " + o.seq()));
        // Policies.withPrepend: count copies of the AS the entry already prepends, else the router's own.
        long asn = entry.set().asPathPrepend().isEmpty() ? r.asn().value() : entry.set().asPathPrepend().getFirst();
        List<String> lines = new ArrayList<>(List.of("route-map " + o.routeMap() + " " + entry.action().keyword()
                + " " + o.seq()));
        lines.add(o.count() == 0 ? "no set as-path prepend" : "set as-path prepend " + String.join(" ",
                Collections.nCopies(o.count(), Long.toString(asn))));
        lab.host(r.id()).reconfigure(lines);
        return "set " + o.routerId() + " route-map " + o.routeMap() + " " + o.seq() + " to prepend " + o.count()
                + " x " + asn;
    }
}
