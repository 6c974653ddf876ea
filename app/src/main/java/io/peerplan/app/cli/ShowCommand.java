package io.peerplan.app.cli;

import io.peerplan.model.Topology;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peerplan show FILE|sample:NAME}: a readable summary with every element's id. */
@Command(name = "show", description = "Print a readable summary of a project: regions, routers, clusters, pools, services, peerings, with ids.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|sample:NAME")
    String project;

    @Override
    public Integer call() {
        Topology t = ProjectArgument.load(project, spec.commandLine().getErr());
        if (t == null) {
            return ExitCodes.INPUT_ERRORS;
        }
        spec.commandLine().getOut().print(new TopologySummary(t).render());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
