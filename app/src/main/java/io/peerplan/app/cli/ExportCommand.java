package io.peerplan.app.cli;

import io.peerplan.export.Bundle;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.BundleNote;
import io.peerplan.export.BundleWriter;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.export.frr.FrrDialect;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peerplan export FILE|sample:NAME -o DIR [--zip] [--only ID ...] [--force]}: the config bundle. */
@Command(name = "export", description = {
        "Write the config bundle of a design: one directory per router (FRR, Quagga or RouterOS, as designed) and per cluster "
                + "(MetalLB objects and Services), and a README.md saying where each file goes and how to apply it.",
        "A design with validation errors is not exported unless --force; then the findings are written into the files' headers."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|sample:NAME")
    String project;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Where to write the bundle: a folder, "
            + "or a .zip file.")
    Path output;

    @Option(names = "--zip", description = "Write a .zip file (DIR.zip unless -o already ends in .zip).")
    boolean zip;

    @Option(names = "--only", arity = "1..*", paramLabel = "ID", description = "Export only these routers and clusters "
            + "(an external router named here is written as FRR).")
    List<String> only;

    @Option(names = "--force", description = "Export even if the design has validation errors; write into a folder that is not empty "
            + "or holds another design's bundle, and replace bundle files edited since (files Peerplan did not write are never touched).")
    boolean force;

    @Option(names = "--as", paramLabel = "PLATFORM", description = "Write every router for this platform: frr, quagga, routeros-v6, "
            + "routeros-v7 (default: each router's own).")
    String platform;

    @Option(names = "--metallb-style", paramLabel = "STYLE", description = "crds or legacy-configmap (default: each cluster's own).")
    String metallbStyle;

    @Option(names = "--speaker", paramLabel = "SPEAKER", description = "Run every cluster with this BGP speaker: metallb, frr-k8s "
            + "or cilium (default: each cluster's own).")
    String speaker;

    @Option(names = "--frr-version", paramLabel = "VERSION", defaultValue = "8.4", description = "FRR release the frr.conf files are "
            + "for: 8.4 (Debian 12, default) or 10 (adds BFD log-session-changes).")
    String frrVersion;

    @Option(names = "--quagga-unsupported", paramLabel = "refuse|omit", defaultValue = "refuse", description = "When a Quagga router "
            + "needs what Quagga lacks (BFD, listen ranges, remote-as external...): refuse (default) or omit it with a warning.")
    String quaggaUnsupported;

    /** The validator; replaced in tests that need a design with findings. */
    Function<Topology, List<BundleNote>> validator = ValidationGate.VALIDATOR;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportOptions options;
        Speaker switchTo;
        try {
            options = options();
            switchTo = speaker == null ? null : Speaker.parse(speaker);
        } catch (IllegalArgumentException e) {
            err.println("peerplan export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Topology loaded = ProjectArgument.load(project, err);
        if (loaded == null) {
            return ExitCodes.INPUT_ERRORS;
        }
        // --speaker is the design with its clusters switched, so it is validated and exported as such.
        Topology t = switchTo == null ? loaded : switchTo.applyTo(loaded);
        List<BundleNote> findings = validator.apply(t);
        if (ValidationGate.hasErrors(findings)) {
            findings.forEach(f -> err.println(f.line()));
            if (!force) {
                err.println("peerplan export: the design has validation errors; fix them, or export anyway with --force");
                return ExitCodes.INPUT_ERRORS;
            }
            err.println("peerplan export: exporting despite validation errors (--force); the findings are in each file's header");
            options = options.withFindings(findings);
        }
        Bundle bundle;
        try {
            bundle = BundleExporter.export(t, options);
        } catch (ExportRefusedException e) {
            e.reasons().forEach(r -> err.println("refused: " + r));
            err.println("peerplan export: nothing written; change the design, or use --quagga-unsupported omit to leave these out");
            return ExitCodes.INPUT_ERRORS;
        } catch (IllegalArgumentException e) {
            err.println("peerplan export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path target = zip && !output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                ? output.resolveSibling(output.getFileName() + ".zip") : output;
        List<String> notes;
        try {
            notes = BundleWriter.write(bundle, t.name(), target, force);
        } catch (IOException e) {
            err.println("peerplan export: cannot write " + target + ": " + e.getMessage());
            return ExitCodes.INPUT_ERRORS;
        }
        bundle.warnings().forEach(w -> err.println("warning: " + w));
        notes.forEach(n -> err.println("note: " + n));
        out.println("Wrote " + target + ": " + bundle.files().size() + " files; see " + (target.toString().endsWith(".zip")
                ? "README.md inside" : target.resolve("README.md")) + " for what goes where.");
        out.flush();
        return ExitCodes.OK;
    }

    private ExportOptions options() {
        Platform p = platform == null ? null : switch (platform) {
            case "frr" -> Platform.FRR;
            case "quagga" -> Platform.QUAGGA;
            case "routeros-v6" -> Platform.ROUTEROS_V6;
            case "routeros-v7" -> Platform.ROUTEROS_V7;
            default -> throw new IllegalArgumentException("--as " + platform + ": use frr, quagga, routeros-v6 or routeros-v7");
        };
        Cluster.ConfigStyle style = metallbStyle == null ? null : switch (metallbStyle) {
            case "crds" -> Cluster.ConfigStyle.CRDS;
            case "legacy-configmap" -> Cluster.ConfigStyle.LEGACY_CONFIGMAP;
            default -> throw new IllegalArgumentException("--metallb-style " + metallbStyle + ": use crds or legacy-configmap");
        };
        QuaggaPolicy q;
        FrrDialect d;
        try {
            q = QuaggaPolicy.parse(quaggaUnsupported);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--quagga-unsupported " + e.getMessage());
        }
        try {
            d = FrrDialect.parse(frrVersion);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--frr-version: " + e.getMessage());
        }
        return new ExportOptions(p, style, d, q, only == null ? null : new HashSet<>(only), null);
    }
}
