package io.peerplan.app.cli;

import io.peerplan.model.sample.Samples;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peerplan samples}: the bundled samples and what each shows. */
@Command(name = "samples", description = "List the bundled samples (open one with sample:NAME).")
final class SamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Samples.Sample s : Samples.all()) {
            spec.commandLine().getOut().printf("%-24s %s%n", s.name(), s.summary());
        }
        return ExitCodes.OK;
    }
}
