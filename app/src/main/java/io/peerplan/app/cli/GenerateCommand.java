package io.peerplan.app.cli;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.io.ProjectCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan generate [--regions N] [--speakers N] [--gateways N] [--providers N] [--services N]
 * [--dense] [--seed S] [-o FILE]}: a seed-000-shaped scale topology (ScaleTopology); the same sizes and seed
 * always give the same file, so benchmark figures can be reproduced.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = {"Generate a large, valid anycast topology for benchmarks and stress tests.",
        "The defaults are the scale topology of docs/benchmarks.md; the same options always give the same file."})
final class GenerateCommand implements Callable<Integer> {
    private static final ScaleTopology.Spec D = ScaleTopology.Spec.DEFAULT;

    @Spec
    CommandSpec spec;

    @Option(names = "--regions", paramLabel = "N", description = "Regions (default " + "50" + ").")
    int regions = D.regions();

    @Option(names = "--speakers", paramLabel = "N", description = "MetalLB speakers (nodes) in all (default 2000).")
    int speakers = D.speakers();

    @Option(names = "--gateways", paramLabel = "N", description = "FRR gateways in all, at least one per region (default 100).")
    int gateways = D.gateways();

    @Option(names = "--providers", paramLabel = "N", description = "Provider routers (default 10).")
    int providers = D.providers();

    @Option(names = "--services", paramLabel = "N", description = "Distinct service IPs; every fifth is anycast in two regions (default 5000).")
    int services = D.services();

    @Option(names = "--dense", description = "Request every anycast service in every region instead of in two.")
    boolean dense;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the project here (atomically) instead of to standard output.")
    Path output;

    @Override
    public Integer call() {
        ScaleTopology.Spec s;
        try {
            s = new ScaleTopology.Spec(regions, speakers, gateways, providers, services, dense);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("peerplan generate: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        Topology t = ScaleTopology.generate(s, seed);
        try {
            if (output == null) {
                spec.commandLine().getOut().print(ProjectCodec.write(t));
                spec.commandLine().getOut().flush();
            } else {
                ProjectCodec.save(t, output);
                spec.commandLine().getErr().println("peerplan generate: wrote " + output + " (" + t.routers().size() + " routers, "
                        + t.clusters().stream().mapToInt(c -> c.nodes().size()).sum() + " nodes, " + t.peerings().size() + " peerings)");
                spec.commandLine().getErr().flush();
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("peerplan generate: cannot write " + output + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT_ERRORS;
        }
        return ExitCodes.OK;
    }
}
