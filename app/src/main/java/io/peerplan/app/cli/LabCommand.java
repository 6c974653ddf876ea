package io.peerplan.app.cli;

import io.peerplan.export.lab.Lab;
import io.peerplan.export.lab.LabCheck;
import io.peerplan.export.lab.LabException;
import io.peerplan.export.lab.LabIds;
import io.peerplan.export.lab.LabPlan;
import io.peerplan.export.lab.LabPlanner;
import io.peerplan.export.lab.LabState;
import io.peerplan.export.lab.LabStateStore;
import io.peerplan.export.lab.LabTeardown;
import io.peerplan.export.lab.Preflight;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.PrependOverride;
import io.peerplan.model.sim.Scenario;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan lab up|status|check|down FILE|sample:NAME [--fail ID ...]}: rehearses a topology
 * on real FRR daemons in network namespaces (needs root and FRR) and compares what FRR chose with
 * the simulator.
 */
@Command(name = "lab", description = {
        "Rehearse a topology on real FRR daemons in network namespaces (docs/lab.md).",
        "Needs root, FRR, iproute2 and nftables.",
        "  up      build the lab, start FRR, wait until the tables settle",
        "  status  hosts, daemons, sessions and best paths of the running lab",
        "  check   every (speaker, prefix): FRR's best path and reason vs the simulator's",
        "  down    stop the daemons, remove everything the lab created"})
final class LabCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "up|status|check|down", description = "What to do.")
    String action;

    @Parameters(index = "1", paramLabel = "FILE|sample:NAME")
    String project;

    @Option(names = "--fail", paramLabel = "ID", description = "up: down from the start; check: taken down live. "
            + "A router, node, cluster, region or vantage loses its bgpd; a peering or network loses its traffic "
            + "silently (nftables).")
    List<String> fail = new ArrayList<>();

    @Option(names = "--set", paramLabel = "ROUTER/ROUTEMAP:SEQ.prepend=N", description = "check: also override a "
            + "route-map entry's AS-path prepend, live on the router (as `peerplan simulate --set`).")
    List<String> prepends = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "check: how long to wait for FRR to reach the predicted tables (default ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--state-dir", paramLabel = "DIR", hidden = true, description = "Where lab state lives.")
    java.nio.file.Path stateDir = LabStateStore.DEFAULT_ROOT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("up", "status", "check", "down").contains(action)) {
            err.println("peerplan lab: unknown action '" + action + "'; use up, status, check or down");
            return ExitCodes.USAGE;
        }
        Topology t = ProjectArgument.load(project, err);
        if (t == null) {
            return ExitCodes.INPUT_ERRORS;
        }
        String missing = Preflight.report();
        if (missing != null) {
            err.println("peerplan lab: " + missing);
            return ExitCodes.ENVIRONMENT;
        }
        LabStateStore store = new LabStateStore(stateDir);
        try {
            LabPlan plan = new LabPlanner().plan(t, LabIds.forSource(project), project);
            int code = switch (action) {
                case "up" -> up(t, plan, store, out);
                case "status" -> status(t, plan, store, out, err);
                case "check" -> check(t, plan, store, out, err);
                default -> down(plan, store, out, err);
            };
            out.flush();
            return code;
        } catch (LabException e) {
            err.println("peerplan lab: " + e.getMessage());
            return ExitCodes.INPUT_ERRORS;
        }
    }

    private int up(Topology t, LabPlan plan, LabStateStore store, PrintWriter out) {
        out.println("building lab " + plan.labId() + " for " + plan.name() + ": " + plan.hosts().size() + " FRR hosts, "
                + plan.switches().size() + " networks, " + plan.sessions().size() + " sessions");
        out.flush();
        Lab lab = Lab.up(t, plan, store, new LinkedHashSet<>(fail));
        LabStatus.print(lab, out);
        return ExitCodes.OK;
    }

    private int status(Topology t, LabPlan plan, LabStateStore store, PrintWriter out, PrintWriter err) {
        Optional<LabState> s = store.load(plan.labId());
        if (s.isEmpty()) {
            err.println("peerplan lab: no lab is up for " + project + " (peerplan lab up " + project + ")");
            return ExitCodes.INPUT_ERRORS;
        }
        Lab lab = Lab.attach(t, plan, store);
        LabStatus.print(lab, out);
        if (!fail.isEmpty()) {
            err.println("peerplan lab status: --fail is ignored (use check --fail)");
        }
        return ExitCodes.OK;
    }

    private int check(Topology t, LabPlan plan, LabStateStore store, PrintWriter out, PrintWriter err) {
        if (store.load(plan.labId()).isEmpty()) {
            err.println("peerplan lab: no lab is up for " + project + " (peerplan lab up " + project + ")");
            return ExitCodes.INPUT_ERRORS;
        }
        Scenario scenario = Scenario.BASELINE.withFailed(fail.toArray(String[]::new));
        try {
            for (String p : prepends) {
                scenario = scenario.withPrepend(PrependOverride.parse(p));
            }
        } catch (IllegalArgumentException e) {
            err.println("peerplan lab check: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Lab lab = Lab.attach(t, plan, store);
        LabCheck.Result r = LabCheck.run(lab, scenario, Duration.ofSeconds(timeout));
        r.applied().forEach(a -> out.println("applied: " + a));
        if (!r.convergence().converged()) {
            out.println("FRR did not reach the predicted tables within " + timeout + " s (a silent failure waits for"
                    + " the hold timer unless BFD is on); comparing what it holds now");
        }
        r.comparison().entries().forEach(out::println);
        out.println(r.comparison().summary());
        return r.comparison().allAgree() ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    private int down(LabPlan plan, LabStateStore store, PrintWriter out, PrintWriter err) {
        Optional<LabState> s = store.load(plan.labId());
        if (s.isEmpty()) {
            out.println("no lab is up for " + project);
            return ExitCodes.OK;
        }
        List<String> problems = LabTeardown.down(store, s.get());
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("peerplan lab down: " + p));
            return ExitCodes.INPUT_ERRORS;
        }
        out.println("lab " + plan.labId() + " is down: stopped its daemons, removed " + s.get().namespaces.size()
                + " namespaces and " + store.runDir(plan.labId()));
        return ExitCodes.OK;
    }

}
