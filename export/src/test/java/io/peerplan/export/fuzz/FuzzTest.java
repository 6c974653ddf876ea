package io.peerplan.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.sample.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: mutants of the bundled samples and of imported configs (frr.conf, Quagga's bgpd.conf,
 * MetalLB custom resources, the legacy ConfigMap, Service manifests) give 0 crashes, 0 unlocated
 * errors and 0 modified inputs through load or import, validate, simulate, forced export and push
 * planning ({@link Pipeline}).
 *
 * <p>Seeded and reproducible: mutant {@code i} of a run uses seed {@code SEED + i}. The default run
 * (2,400 project mutants, 600 config mutants) is part of {@code mvn verify}; the long run multiplies
 * both by {@code -Dpeerplan.fuzz.scale=N} (docs/reliability.md).
 */
class FuzzTest {
    private static final long SEED = 19_2026L;
    private static final int PROJECT_MUTANTS = 2_400;
    private static final int CONFIG_MUTANTS = 600;
    /** Golden bundle files that stand for what users import: FRR, Quagga, MetalLB CRDs, legacy ConfigMap, Services. */
    private static final List<String> CONFIGS = List.of(
            "two-dc-anycast/default/bundle/gateway-alfa-unoone/frr.conf",
            "every-construct/frr/bundle/edge/frr.conf",
            "mikrotik-core/quagga/bundle/core/bgpd.conf",
            "two-dc-anycast/default/bundle/k8s-alfa/metallb.yaml",
            "two-dc-anycast/metallb-legacy/bundle/k8s-bravo/metallb-config.yaml",
            "mikrotik-core/metallb-crds/bundle/k8s/services.yaml");

    @TempDir
    Path dir;

    @Test
    void mutantsOfTheSamplesAndOfImportedConfigsNeverCrash() throws IOException {
        int scale = Integer.getInteger("peerplan.fuzz.scale", 1);
        Map<Pipeline.Kind, Integer> counts = new EnumMap<>(Pipeline.Kind.class);
        Map<String, String> failures = new TreeMap<>();
        List<String> samples = Samples.names();
        for (int i = 0; i < PROJECT_MUTANTS * scale; i++) {
            String sample = samples.get(i % samples.size());
            byte[] mutant = new Mutator(SEED + i).mutate(new String(Samples.bytes(sample), StandardCharsets.UTF_8));
            record(counts, failures, "project seed " + (SEED + i) + " (" + sample + ")",
                    Pipeline.project(dir.resolve("fuzzed.peerplan.yaml"), mutant));
        }
        for (int i = 0; i < CONFIG_MUTANTS * scale; i++) {
            String config = CONFIGS.get(i % CONFIGS.size());
            long seed = SEED + PROJECT_MUTANTS * scale + i;
            byte[] mutant = new Mutator(seed).mutate(golden(config));
            Path file = Files.createDirectories(dir.resolve("in").resolve(Path.of(config).getParent().getFileName()))
                    .resolve(Path.of(config).getFileName());
            record(counts, failures, "config seed " + seed + " (" + config + ")", Pipeline.imported(file, mutant));
        }
        System.out.println("FuzzTest: " + counts + " over " + (PROJECT_MUTANTS + CONFIG_MUTANTS) * scale + " mutants; "
                + failures.size() + " distinct failures");
        failures.forEach((signature, example) -> System.out.println("  " + signature + "\n      e.g. " + example));
        assertThat(counts.getOrDefault(Pipeline.Kind.LOCATED, 0)).as("mutants rejected with a located message").isPositive();
        assertThat(counts.getOrDefault(Pipeline.Kind.OK, 0)).as("mutants that pass every stage").isPositive();
        assertThat(failures.keySet()).as("crashes, unlocated errors and modified inputs, by signature").isEmpty();
    }

    private static void record(Map<Pipeline.Kind, Integer> counts, Map<String, String> failures, String what, Pipeline.Outcome o) {
        counts.merge(o.kind(), 1, Integer::sum);
        if (o.kind() != Pipeline.Kind.OK && o.kind() != Pipeline.Kind.LOCATED) {
            failures.putIfAbsent(o.kind() + " " + o.signature(), what + ": " + o.detail().lines().findFirst().orElse(""));
        }
    }

    private static String golden(String path) {
        try (InputStream in = FuzzTest.class.getResourceAsStream("/golden/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
