package io.peerplan.app.cli;

import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan validate FILE|sample:NAME [--format text|json|sarif] [--min-severity error|warning|info]}:
 * every finding of the validator, for people (text), scripts (json) or CI code scanning (SARIF 2.1.0).
 * Exits 1 when the project has an error, whatever {@code --min-severity} hides.
 */
@Command(name = "validate", description = {"Check a project offline: MetalLB webhook rules, both ends of every BGP session, addressing, "
        + "AS numbers, FRR/Quagga/RouterOS pitfalls and single points of failure.",
        "Exit code 0 when there is no error, 1 when there is one (or the project does not load), 2 on a usage error."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|sample:NAME", description = "The project file, or a bundled sample.")
    String project;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); sarif is SARIF 2.1.0 for CI code scanning.")
    Format format;

    @Option(names = "--min-severity", paramLabel = "error|warning|info", defaultValue = "info", converter = SeverityConverter.class,
            description = "Show findings at least this severe (default: ${DEFAULT-VALUE}). Errors still set the exit code.")
    Severity minSeverity;

    enum Format { text, json, sarif }

    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Topology t = ProjectArgument.load(project, spec.commandLine().getErr());
        if (t == null) {
            return ExitCodes.INPUT_ERRORS;
        }
        List<Finding> all = Validator.validate(t);
        List<Finding> shown = all.stream().filter(f -> f.severity().atLeast(minSeverity)).toList();
        Path file = project.startsWith(Samples.PREFIX) ? null : Path.of(project);
        ElementLocator locator = file == null ? ElementLocator.NONE : ElementLocator.of(file);
        String source = file == null ? project : file.toString();
        switch (format) {
            case text -> out.print(new FindingsText(source, locator).render(all, shown));
            case json -> out.println(FindingsJson.render(source, locator, all, shown));
            case sarif -> out.println(SarifReport.render(file, locator, shown));
        }
        out.flush();
        return all.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }
}
