package io.peerplan.app.cli;

import io.peerplan.model.Topology;
import io.peerplan.model.sim.PrependOverride;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan simulate FILE|sample:NAME [--fail ID ...] [--set ROUTER/ROUTEMAP:SEQ.prepend=N ...]
 * [--vantage ID] [--rps N] [--format text|json]}: every speaker's BGP table as FRR would decide it,
 * where each anycast IP is served from, what moved against the baseline, and the failover budget.
 * Exit 0 when routing converges, 1 when the input cannot be read or routing never settles, 2 for
 * usage errors (unknown ids, malformed overrides).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = {
        "Simulate BGP as FRR decides it: best paths with FRR's reasons, anycast placement, what-ifs, failover budget.",
        "Ids are those of the project file (`peerplan show` lists them)."})
final class SimulateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|sample:NAME")
    String project;

    @Option(names = "--fail", paramLabel = "ID", description = "Fail a region, router, vantage, cluster, node, peering or network (repeatable).")
    List<String> fail = new ArrayList<>();

    @Option(names = "--set", paramLabel = "ROUTER/ROUTEMAP:SEQ.prepend=N",
            description = "Override a route-map entry's AS-path prepend count, e.g. gateway-alfa-unoone/prpnd_private:10.prepend=5 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--vantage", paramLabel = "ID", description = "Show the anycast view, changes and failover budget from this vantage or router only.")
    String vantage;

    @Option(names = "--rps", paramLabel = "N", defaultValue = "100", description = "Request rate for the lost-request estimate (default ${DEFAULT-VALUE}).")
    double rps;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default ${DEFAULT-VALUE}); json is specified in docs/simulation-json.md.")
    Format format;

    @Option(names = "--tables", description = "With --format json: every speaker's BGP table and every router's anycast view "
            + "(the version 1 document); without it, the vantages' only (or --vantage's), version 2.")
    boolean tables;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Topology t = ProjectArgument.load(project, err);
        if (t == null) {
            return ExitCodes.INPUT_ERRORS;
        }
        Scenario scenario;
        SimulationResult result;
        try {
            if (rps < 0) {
                throw new IllegalArgumentException("--rps must not be negative");
            }
            if (tables && format != Format.json) {
                throw new IllegalArgumentException("--tables is for --format json (the text report lists the tables already)");
            }
            scenario = new Scenario(new LinkedHashSet<>(fail), sets.stream().map(PrependOverride::parse).toList());
            result = Simulator.run(t, scenario);
            if (vantage != null) {
                // Fails with a sentence when the id names no vantage or router.
                result.anycast(vantage);
            }
        } catch (IllegalArgumentException e) {
            err.println("peerplan simulate: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (format == Format.json) {
            SimulationJson json = new SimulationJson(result, vantage, rps, tables);
            OutputStream bytes = StandardOutput.utf8Bytes(out);
            if (bytes != null) {
                json.write(bytes);
            } else {
                json.write(out);
            }
            out.println();
        } else {
            out.print(new SimulationReport(result, vantage, rps).render());
        }
        out.flush();
        if (!result.converged()) {
            err.println("peerplan simulate: routing does not converge: " + result.oscillation().map(o -> String.join(", ", o.routers())
                    + " keep changing their best path to " + o.prefixes().size() + " prefix(es)").orElse(""));
            err.flush();
            return ExitCodes.INPUT_ERRORS;
        }
        return ExitCodes.OK;
    }
}
