package io.peerplan.model.sim;

import io.peerplan.model.IpPrefix;
import java.util.List;

/**
 * The network has no stable routing for some prefixes (policies that disagree in a cycle, like
 * Griffin's BAD GADGET): the simulation stopped after {@code rounds} best-path runs of one speaker
 * and names the routers that were still changing their choice and the prefixes concerned.
 */
public record Oscillation(int rounds, List<String> routers, List<IpPrefix> prefixes) {
    public Oscillation {
        routers = List.copyOf(routers);
        prefixes = List.copyOf(prefixes);
    }
}
