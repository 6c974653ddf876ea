package io.peerplan.model.validate;

import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps findings about stand-ins out of the verdict. A stand-in ({@link Router#isStandIn()}) is a
 * router an import invented for a peer whose config it did not have: its AS, listen ranges and
 * session settings are guesses, so what the validator finds about it says nothing about the user's
 * own content. Such findings stay visible, as infos that name the stand-in, and never make a design fail.
 */
final class StandIns {
    private StandIns() {
    }

    static List<Finding> outOfVerdict(Topology t, List<Finding> findings) {
        Set<String> standIns = t.routers().stream().filter(Router::isStandIn).map(Router::id).collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String standIn = f.elementIds().stream().filter(standIns::contains).findFirst().orElse(null);
            if (standIn == null || f.severity() == Severity.INFO) {
                out.add(f);
            } else {
                out.add(new Finding(f.ruleId(), Severity.INFO, f.message() + " (about " + standIn + ", a stand-in the import "
                        + "invented for a peer whose config it did not have; its " + f.severity().keyword()
                        + " does not count)", f.elementIds(), f.fixHint()));
            }
        }
        return out;
    }
}
