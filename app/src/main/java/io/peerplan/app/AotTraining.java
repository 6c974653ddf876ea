package io.peerplan.app;

import io.peerplan.app.cli.PeerplanCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the checkout launcher's JDK 25 AOT cache ({@code ./peerplan}, JEP 483/514/515):
 * the cache holds the classes one run loaded and linked, so one JVM runs the commands users time
 * (docs/benchmarks.md, "Whole commands") on the bundled two-DC sample: validate, simulate (text and
 * JSON), export, import of that bundle, show; then validate, simulate (JSON), export and import on a
 * tenth of the generated scale topology. Output is discarded; nothing is written outside a
 * temporary folder, removed at the end; last, {@code validate} and {@code --version} through
 * {@link Main}. Not a user command: the launcher starts this class only with
 * {@code -XX:AOTCacheOutput}.
 */
public final class AotTraining {
    private static final String SAMPLE = "sample:two-dc-anycast";

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("peerplan-aot-training");
        try {
            Path bundle = work.resolve("bundle");
            Path imported = work.resolve("imported.peerplan.yaml");
            Path scale = work.resolve("scale.peerplan.yaml");
            Path scaleBundle = work.resolve("scale-bundle");
            for (List<String> command : List.of(
                    List.of("validate", SAMPLE),
                    List.of("simulate", SAMPLE),
                    List.of("simulate", "--format", "json", SAMPLE),
                    List.of("export", SAMPLE, "-o", bundle.toString()),
                    List.of("import", "-o", imported.toString(), bundle.toString()),
                    List.of("validate", imported.toString()),
                    List.of("show", SAMPLE),
                    // A tenth of the scale topology: the rules, exporters and simulator paths a
                    // large design reaches and the small sample does not (their lambdas and
                    // classes are then in the cache too).
                    List.of("generate", "--regions", "5", "--speakers", "200", "--gateways", "10", "--providers", "2",
                            "--services", "500", "-o", scale.toString()),
                    List.of("validate", scale.toString()),
                    List.of("simulate", "--format", "json", scale.toString()),
                    List.of("export", scale.toString(), "-o", scaleBundle.toString()),
                    List.of("import", "-o", work.resolve("scale-imported.peerplan.yaml").toString(), scaleBundle.toString()))) {
                PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
                PeerplanCommand.run(discard, discard, command.toArray(String[]::new));
            }
        } finally {
            removeTree(work);
        }
        // Last, through the launcher's entry point, so that Main, DesignerArguments, ProcessExit and
        // Main's three lambdas are in the cache too (they were loaded from the jar and spun at every
        // start). ProcessExit may end the JVM here with System.exit(0), which writes the cache too.
        Main.main(new String[] {"validate", SAMPLE});
        Main.main(new String[] {"--version"});
    }

    private static void removeTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
