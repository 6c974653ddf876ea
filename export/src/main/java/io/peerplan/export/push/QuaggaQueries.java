package io.peerplan.export.push;

import io.peerplan.export.lab.QuaggaShow;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A Quagga router's BGP state for the verifier. Quagga 1.2 prints no JSON, so its text is read
 * ({@link QuaggaShow}): the IPv4 and IPv6 summaries (bgp_vty.c "show ip bgp summary",
 * "show bgp ipv6 summary"), a neighbor's advertised-routes table, and a prefix's detail view, whose
 * attribute line says "valid" for a usable path (bgp_route.c route_vty_out_detail).
 */
final class QuaggaQueries implements SessionVerifier.BgpQueries {
    private final RemoteHost host;
    private final QuaggaCommands cmd;
    private final Duration stepTimeout;

    QuaggaQueries(RemoteHost host, QuaggaCommands cmd, Duration stepTimeout) {
        this.host = host;
        this.cmd = cmd;
        this.stepTimeout = stepTimeout;
    }

    @Override
    public Map<String, String> sessions(CancelToken cancel) throws PushFailure {
        Map<String, String> all = new LinkedHashMap<>(QuaggaShow.sessionStates(run("show ip bgp summary", cancel)));
        QuaggaShow.sessionStates(run("show bgp ipv6 summary", cancel)).forEach(all::putIfAbsent);
        return all;
    }

    @Override
    public Set<String> advertised(String neighbor, CancelToken cancel) throws PushFailure {
        String table = neighbor.contains(":") ? "show bgp ipv6 neighbors " + neighbor + " advertised-routes"
                : "show ip bgp neighbors " + neighbor + " advertised-routes";
        return new LinkedHashSet<>(QuaggaShow.prefixes(run(table, cancel)));
    }

    @Override
    public boolean inTable(String prefix, CancelToken cancel) throws PushFailure {
        String detail = run((prefix.contains(":") ? "show bgp ipv6 " : "show ip bgp ") + prefix, cancel);
        return detail.lines().anyMatch(l -> l.startsWith("      Origin ") && l.contains(", valid"));
    }

    /** A neighbor or prefix Quagga does not know is an answer ("% No such neighbor"), not a failure. */
    private String run(String command, CancelToken cancel) throws PushFailure {
        ExecResult r = host.exec(cmd.vtysh(command), stepTimeout, cancel);
        if (!r.ok() && !r.stdout().strip().startsWith("%")) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "'vtysh -c " + command + "' failed: " + r.failureText());
        }
        return r.stdout();
    }
}
