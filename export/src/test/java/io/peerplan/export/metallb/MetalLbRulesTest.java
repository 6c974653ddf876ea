package io.peerplan.export.metallb;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exported MetalLB documents pass Peerplan's own MetalLB rules (the validator's webhook-parity
 * family): each sample cluster is written in both styles, read back, and put in place of
 * the designed one; the MetalLB findings are the design's own (none of them an error), nothing new.
 */
class MetalLbRulesTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String s : Samples.names()) {
            out.add(Arguments.of(s, Cluster.ConfigStyle.CRDS));
            out.add(Arguments.of(s, Cluster.ConfigStyle.LEGACY_CONFIGMAP));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void exportedMetalLbHasNoNewMetalLbFindings(String sample, Cluster.ConfigStyle style) throws Exception {
        Topology design = Samples.load(sample);
        TopologyIndex index = new TopologyIndex(design);
        List<Cluster> back = new ArrayList<>();
        for (Cluster c : design.clusters()) {
            var files = MetalLbExporter.files(index, c, style, List.of(), new ArrayList<>());
            Cluster read = ConfigImporter.importConfigs("x", files.stream()
                    .map(f -> new ConfigImporter.Input(f.path(), f.content())).toList()).topology().clusters().getFirst();
            back.add(c.withMetallb(read.metallb()));
        }
        Set<String> designed = metallb(Validator.validate(design));
        Set<String> exported = metallb(Validator.validate(design.withClusters(back)));
        assertThat(exported).isEqualTo(designed);
        assertThat(Validator.validate(design.withClusters(back))).filteredOn(f -> f.ruleId().startsWith(RuleFamily.METALLB.prefix()))
                .noneMatch(f -> f.severity() == Severity.ERROR);
    }

    private static Set<String> metallb(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        findings.stream().filter(f -> f.ruleId().startsWith(RuleFamily.METALLB.prefix()))
                .forEach(f -> out.add(f.severity() + " " + f.ruleId() + ": " + f.message()));
        return out;
    }
}
