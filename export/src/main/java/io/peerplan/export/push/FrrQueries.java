package io.peerplan.export.push;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** An FRR router's BGP state for the verifier, from FRR's JSON answers ({@link FrrBgpState}). */
final class FrrQueries implements SessionVerifier.BgpQueries {
    private final RemoteHost host;
    private final FrrCommands cmd;
    private final Duration stepTimeout;

    FrrQueries(RemoteHost host, FrrCommands cmd, Duration stepTimeout) {
        this.host = host;
        this.cmd = cmd;
        this.stepTimeout = stepTimeout;
    }

    /** A neighbor is listed under its own address family, so both summaries are read. */
    @Override
    public Map<String, String> sessions(CancelToken cancel) throws PushFailure {
        Map<String, String> all = new LinkedHashMap<>(FrrBgpState.sessions(run(cmd.summaryJson(false), cancel)));
        FrrBgpState.sessions(run(cmd.summaryJson(true), cancel)).forEach(all::putIfAbsent);
        return all;
    }

    @Override
    public Set<String> advertised(String neighbor, CancelToken cancel) throws PushFailure {
        return FrrBgpState.advertised(run(cmd.advertisedJson(neighbor), cancel));
    }

    @Override
    public boolean inTable(String prefix, CancelToken cancel) throws PushFailure {
        return FrrBgpState.inTable(run(cmd.localRouteJson(prefix), cancel));
    }

    private String run(String command, CancelToken cancel) throws PushFailure {
        ExecResult r = host.exec(command, stepTimeout, cancel);
        if (!r.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "'" + command + "' failed: " + r.failureText());
        }
        return r.stdout();
    }
}
