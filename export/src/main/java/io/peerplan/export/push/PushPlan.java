package io.peerplan.export.push;

import io.peerplan.export.RouterExporters;
import io.peerplan.model.Cluster;
import io.peerplan.model.Management;
import io.peerplan.model.Platform;
import io.peerplan.model.QuaggaLayout;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.validate.input.CommandPrefix;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which devices a push touches: every managed router (not the providers' {@code external} ones) and
 * every cluster with a kubectl host, or just those named with {@code --only}. Devices Peerplan
 * cannot push yet stay in the plan, marked with the reason, so the user sees them.
 */
public record PushPlan(List<PushTarget> targets) {

    public PushPlan {
        targets = List.copyOf(targets);
    }

    /** The plan for a topology; {@code only} (empty = all) names router or cluster ids. */
    public static PushPlan of(Topology t, Collection<String> only) {
        TopologyIndex index = new TopologyIndex(t);
        for (String id : only) {
            if (index.router(id).isEmpty() && index.cluster(id).isEmpty()) {
                throw new IllegalArgumentException("--only " + id + ": no router or cluster has this id"
                        + (index.contains(id) ? " (it is a " + index.kind(id).orElseThrow().name().toLowerCase() + ")" : ""));
            }
        }
        List<PushTarget> out = new ArrayList<>();
        for (Router r : t.routers()) {
            boolean named = only.contains(r.id());
            if (!only.isEmpty() && !named || only.isEmpty() && r.platform() == Platform.EXTERNAL) {
                continue;
            }
            String why = unsupported(r);
            out.add(new PushTarget(r.id(), r.displayName(), PushTarget.Kind.ROUTER, r.platform().label(), login(r.management()),
                    prefix(r.management()), why != null ? why : unusable(r.id(), r.management()),
                    r.platform() == Platform.QUAGGA ? PushTarget.Steps.quagga(QuaggaLayout.of(r.management())) : PushTarget.Steps.FRR));
        }
        for (Cluster c : t.clusters()) {
            if (!only.isEmpty() && !only.contains(c.id()) || only.isEmpty() && c.management() == null) {
                continue;
            }
            String why = c.management() == null || c.management().host() == null
                    ? "no management host with kubectl is set for this cluster (management: {host, user} and kubeContext)" : null;
            out.add(new PushTarget(c.id(), c.displayName(), PushTarget.Kind.CLUSTER, c.effectiveSpeaker().label(), login(c.management()),
                    prefix(c.management()), why != null ? why : unusable(c.id(), c.management()), PushTarget.Steps.KUBECTL));
        }
        return new PushPlan(out);
    }

    /** Why this router cannot be pushed, or null. Its exporter says whether push has a driver for its format. */
    private static String unsupported(Router r) {
        if (r.platform() == Platform.EXTERNAL) {
            return "platform external: this router is not managed by you, Peerplan never pushes to it";
        }
        return RouterExporters.of(r.platform()).pushUnavailable().orElseGet(() -> r.management() == null || r.management().host() == null
                ? "no management settings (management: {host, user, commandPrefix, " + (r.platform() == Platform.QUAGGA ? "quaggaLayout" : "frrPathspace") + "})" : null);
    }

    /**
     * Why the management settings cannot be used: a command prefix that is not a privilege helper
     * runs before every command, dry runs included, so the device is skipped rather than connected
     * to. (A special-purpose host is refused by {@link Endpoint#of} before any connection.) Null when usable.
     */
    private static String unusable(String id, Management m) {
        try {
            RemoteValues.commandPrefix(id, m.commandPrefix());
            if (m.quaggaLayout() != null && QuaggaLayout.parse(m.quaggaLayout()).isEmpty()) {
                return id + ": management.quaggaLayout '" + m.quaggaLayout() + "' is not usable: expected " + QuaggaLayout.names();
            }
            return null;
        } catch (PushFailure f) {
            return f.getMessage();
        }
    }

    private static List<String> prefix(Management m) {
        return m == null ? List.of() : CommandPrefix.parse(m.commandPrefix()).orElse(List.of());
    }

    private static String login(Management m) {
        if (m == null || m.host() == null) {
            return null;
        }
        return (m.user() == null ? "" : m.user() + "@") + m.host() + (m.effectivePort() == 22 ? "" : ":" + m.effectivePort());
    }

    public List<PushTarget> supported() {
        return targets.stream().filter(PushTarget::supported).toList();
    }

    /** The plan as shown before a push, one device per line, with the exact steps a dry run or a push runs. */
    public String describe(boolean dryRun) {
        StringBuilder s = new StringBuilder();
        targets.forEach(tg -> s.append("  ").append(tg.describe(dryRun)).append('\n'));
        return s.toString();
    }

    public String describe() {
        return describe(false);
    }
}
