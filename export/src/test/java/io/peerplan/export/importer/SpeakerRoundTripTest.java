package io.peerplan.export.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.Bundle;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.Designs;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.session.MetalLbTimers;
import io.peerplan.model.sim.AnycastView;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bundled sample switched to frr-k8s and to Cilium: export, import the bundle (the speaker's
 * objects, the services and the routers' configs, as {@code peerplan import} reads a bundle folder),
 * export again. The second bundle must be byte-identical (README and RouterOS scripts aside, as in
 * {@link RoundTripTest}), the imported clusters run the switched speaker with the same nodes, peers
 * (addresses, ASNs, timers, secrets) and services, and the imported design must serve every
 * anycast IP from the same clusters and nodes as the MetalLB design does.
 */
class SpeakerRoundTripTest {
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String sample : Samples.names()) {
            out.add(Arguments.of(sample, Speaker.FRR_K8S));
            out.add(Arguments.of(sample, Speaker.CILIUM));
            out.add(Arguments.of(sample, Speaker.METALLB));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void switchedSampleReimportsToTheSameDesign(String sample, Speaker speaker) throws Exception {
        Topology metallb = Designs.load(sample);
        Topology switched = speaker.applyTo(metallb);
        ExportOptions o = new ExportOptions(null, null, null, QuaggaPolicy.OMIT, null, null);
        Bundle first = BundleExporter.export(switched, o);
        List<ConfigImporter.Input> inputs = first.files().stream().filter(SpeakerRoundTripTest::importable)
                .map(f -> new ConfigImporter.Input(f.path(), f.content())).toList();
        assertThat(inputs.stream().map(ConfigImporter.Input::path))
                .anyMatch(p -> p.endsWith(switch (speaker) {
                    case CILIUM -> "/cilium.yaml";
                    case FRR_K8S -> "/frr-k8s.yaml";
                    case METALLB -> "/services.yaml";
                }));

        ConfigImporter.Result imported = ConfigImporter.importConfigs(sample, inputs);

        assertThat(imported.notes()).as("nothing of a Peerplan bundle is unknown or secret")
                .noneMatch(n -> n.kind() != ImportNote.Kind.INFERRED);
        Topology back = imported.topology();
        for (Cluster want : switched.clusters()) {
            Cluster got = back.clusters().stream().filter(c -> c.id().equals(want.id())).findFirst().orElseThrow();
            assertThat(got.effectiveSpeaker()).as(want.id() + " speaker").isEqualTo(speaker);
            assertThat(got.nodes()).as(want.id() + " nodes").isEqualTo(want.nodes());
            assertThat(got.effectiveNamespace()).isEqualTo(want.effectiveNamespace());
            assertThat(peers(got)).as(want.id() + " peers as the objects carry them").isEqualTo(peers(want, speaker));
            assertThat(got.services().stream().map(s -> s.name() + " " + s.ips() + " " + s.effectiveTrafficPolicy() + " "
                    + s.endpointNodes()).toList())
                    .isEqualTo(want.services().stream().map(s -> s.name() + " " + s.ips() + " " + s.effectiveTrafficPolicy() + " "
                            + s.endpointNodes()).toList());
        }

        Bundle second = BundleExporter.export(back, o);
        for (ExportFile f : first.files()) {
            if (f.path().equals(BundleExporter.README) || f.path().endsWith(".rsc")) {
                continue;
            }
            assertThat(second.file(f.path())).as(f.path() + " in the second export").isPresent();
            assertThat(second.file(f.path()).orElseThrow().content()).as(f.path()).isEqualTo(f.content());
        }

        Map<String, List<String>> before = placement(metallb, metallb);
        Map<String, List<String>> after = placement(back, metallb);
        after.keySet().retainAll(before.keySet());
        assertThat(after).as("routers of both designs see the anycast IPs").isNotEmpty();
        before.keySet().retainAll(after.keySet());
        assertThat(after).as("the imported design serves each anycast IP as the MetalLB design does").isEqualTo(before);
    }

    /** Each peer by address: ASNs, timers (as values), password secret, BFD profile where the speaker runs BFD. */
    private static List<String> peers(Cluster c) {
        return peers(c, c.effectiveSpeaker());
    }

    private static List<String> peers(Cluster c, Speaker speaker) {
        return c.metallb().peers().stream().map(p -> {
            MetalLbTimers t = MetalLbTimers.of(p);
            return p.peerAddress() + " " + p.myASN() + " " + p.peerASN() + " hold " + t.holdSeconds(MetalLbTimers.DEFAULT_HOLD)
                    + " keepalive " + t.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD) + " secret " + p.passwordSecret()
                    + " bfd " + (speaker == Speaker.CILIUM ? null : p.bfdProfile());
        }).toList();
    }

    /**
     * Where each anycast IP is served, from each router of the designed network, by its id there. A
     * router whose config is not imported (RouterOS) comes back as an external peer at its address;
     * it stands for the router of that address.
     */
    private static Map<String, List<String>> placement(Topology t, Topology designed) {
        Map<String, String> byAddress = new java.util.HashMap<>();
        designed.routers().forEach(r -> r.interfaces().forEach(i -> byAddress.put(i.address().ip().toString(), r.id())));
        Map<String, String> ids = new java.util.HashMap<>();
        for (io.peerplan.model.Router r : t.routers()) {
            boolean designedRouter = designed.routers().stream().anyMatch(d -> d.id().equals(r.id()));
            String id = designedRouter ? r.id() : r.interfaces().stream().map(i -> byAddress.get(i.address().ip().toString()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (id != null) {
                ids.put(r.id(), id);
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        for (AnycastView v : Simulator.run(t, Scenario.BASELINE).anycast()) {
            String from = ids.get(v.vantage());
            if (from != null) {
                List<String> where = new ArrayList<>(v.clusters());
                where.addAll(v.nodes());
                out.put(v.serviceIp() + " from " + from, v.reachable() ? where : List.of());
            }
        }
        return out;
    }

    private static boolean importable(ExportFile f) {
        return f.path().endsWith("/frr.conf") || f.path().endsWith("/bgpd.conf") || f.path().endsWith("/zebra.conf")
                || f.path().endsWith(".yaml");
    }
}
