package io.peerplan.app.cli;

import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.export.importer.ImportException;
import io.peerplan.export.importer.ImportNote;
import io.peerplan.export.importer.ImportReport;
import io.peerplan.model.io.AtomicFiles;
import io.peerplan.model.io.ProjectCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peerplan import FILE... -o NEW.peerplan.yaml}: existing FRR configs and speaker objects into a design. */
@Command(name = "import", description = {
        "Read existing configs into a new design: frr.conf (or Quagga's bgpd.conf and zebra.conf), MetalLB YAML (custom resources "
                + "or the legacy ConfigMap), frr-k8s FRRConfigurations, Cilium BGP v2 and LB-IPAM objects, and Service manifests. "
                + "A folder stands for the config files in it (e.g. an exported bundle).",
        "What is not understood is listed, never dropped silently: on the terminal and in NEW.import-report.txt.",
        "NEW.import-sources.json records where each element came from, so that 'peerplan validate NEW.peerplan.yaml' locates "
                + "its findings in these files."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "NEW.peerplan.yaml", description = "The design to write.")
    Path output;

    @Option(names = "--force", description = "Overwrite NEW.peerplan.yaml if it exists.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String file = output.getFileName().toString();
        if (!file.endsWith(ProjectCodec.EXTENSION)) {
            err.println("peerplan import: the output must be a project file named *" + ProjectCodec.EXTENSION + " (got " + output + ")");
            return ExitCodes.USAGE;
        }
        if (Files.exists(output) && !force) {
            err.println("peerplan import: " + output + " exists; choose another name or add --force to overwrite it");
            return ExitCodes.USAGE;
        }
        ConfigImporter.Result result;
        try {
            result = ConfigImporter.importFiles(file.substring(0, file.length() - ProjectCodec.EXTENSION.length()), files);
        } catch (ImportException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERRORS;
        }
        Path report = output.resolveSibling(file.substring(0, file.length() - ProjectCodec.EXTENSION.length()) + ".import-report.txt");
        try {
            ProjectCodec.save(result.topology(), output);
            AtomicFiles.write(report, ImportReport.render(result).getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(ImportOrigins.beside(output), ImportOrigins.render(result.sources()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("peerplan import: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.INPUT_ERRORS;
        }
        result.notes().forEach(n -> err.println(label(n) + n.render()));
        out.println("Wrote " + output + ": " + ImportReport.summary(result) + " in " + report);
        out.flush();
        return ExitCodes.OK;
    }

    private static String label(ImportNote n) {
        return switch (n.kind()) {
            case UNKNOWN -> "not imported: ";
            case SECRET -> "secret: ";
            case INFERRED -> "inferred: ";
        };
    }
}
