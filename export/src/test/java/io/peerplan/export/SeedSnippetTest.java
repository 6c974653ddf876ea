package io.peerplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.frr.FrrDialect;
import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.export.metallb.CrdSchemas;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seeds' own config snippets (test resources {@code seeds/}, see its README) reappear in the
 * bundles with the same meaning: each seed line in the same block, and the same design once both
 * are read back by the importer.
 */
class SeedSnippetTest {

    static String resource(String name) {
        return Designs.seed(name);
    }

    static Bundle bundle(String design, ExportOptions o) throws ExportRefusedException {
        return BundleExporter.export(Designs.load(design), o);
    }

    /** Config lines with their enclosing blocks, {@code ebgp-multihop} spelled as vtysh shows it. */
    static Set<String> blockLines(String conf) {
        Set<String> out = new LinkedHashSet<>();
        List<String> stack = new ArrayList<>();
        for (String raw : conf.split("\n")) {
            String l = raw.strip();
            if (l.isEmpty() || l.startsWith("!") || l.equals("end")) {
                continue;
            }
            if (l.equals("exit") || l.equals("exit-address-family")) {
                if (!stack.isEmpty()) {
                    stack.removeLast();
                }
                continue;
            }
            if (l.matches("neighbor \\S+ ebgp-multihop")) {
                l += " 255";
            }
            String ctx = String.join(" / ", stack);
            out.add(ctx.isEmpty() ? l : ctx + " / " + l);
            boolean inBfd = !stack.isEmpty() && stack.getFirst().equals("bfd");
            if (l.startsWith("router bgp") || l.startsWith("address-family") || l.startsWith("route-map ") || l.equals("bfd")
                    || inBfd && (l.startsWith("profile ") || l.startsWith("peer ")) && stack.size() == 1) {
                stack.add(l);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"alfa", "bravo"})
    void seed000FrrConfigLinesAppearInTheirBlocks(String region) throws Exception {
        String seed = resource("000-" + region + "-frr.conf");
        String router = region.equals("alfa") ? "gateway-alfa-unoone" : "gateway-bravo-bissotwo";
        ExportOptions frr10 = new ExportOptions(null, null, FrrDialect.FRR_10, null, null, null);
        String v10 = bundle("two-dc-anycast", frr10).file(router + "/frr.conf").orElseThrow().content();
        assertThat(blockLines(v10)).containsAll(blockLines(seed));
        // FRR 8.4 has no log-session-changes: everything else is there, and the profile says what was left out.
        String v84 = bundle("two-dc-anycast", ExportOptions.DEFAULT).file(router + "/frr.conf").orElseThrow().content();
        Set<String> expected = new LinkedHashSet<>(blockLines(seed));
        expected.remove("bfd / profile t-rex / log-session-changes");
        assertThat(blockLines(v84)).containsAll(expected);
        assertThat(v84).contains(" profile t-rex\n  minimum-ttl 127\n  ! log-session-changes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"alfa", "bravo"})
    void seed000FrrConfigMeansTheSameDesign(String region) throws Exception {
        String router = region.equals("alfa") ? "gateway-alfa-unoone" : "gateway-bravo-bissotwo";
        String exported = bundle("two-dc-anycast", ExportOptions.DEFAULT).file(router + "/frr.conf").orElseThrow().content();
        Router fromSeed = onlyRouter(ConfigImporter.importConfigs("seed", List.of(new ConfigImporter.Input("seed/frr.conf",
                resource("000-" + region + "-frr.conf")))).topology());
        Topology back = ConfigImporter.importConfigs("export", List.of(new ConfigImporter.Input(router + "/frr.conf", exported))).topology();
        Router fromExport = onlyRouter(back);
        assertThat(fromExport.asn()).isEqualTo(fromSeed.asn());
        assertThat(fromExport.routerId()).isEqualTo(fromSeed.routerId());
        assertThat(fromExport.prefixLists()).isEqualTo(fromSeed.prefixLists());
        assertThat(fromExport.routeMaps()).isEqualTo(fromSeed.routeMaps());
        assertThat(fromExport.peerGroups()).isEqualTo(fromSeed.peerGroups());
        assertThat(fromExport.networks()).isEqualTo(fromSeed.networks());
        assertThat(fromExport.bgp().listenRanges()).isEqualTo(fromSeed.bgp().listenRanges());
        assertThat(fromExport.bgp().listenLimit()).isEqualTo(fromSeed.bgp().listenLimit());
        assertThat(fromExport.bfdPeers()).isEqualTo(fromSeed.bfdPeers());
        // FRR 8.4 cannot log session changes; the profile keeps the intent as a comment, which the importer reads.
        assertThat(fromExport.bfdProfiles()).isEqualTo(fromSeed.bfdProfiles());
        assertThat(neighbors(back, fromExport.id())).isEqualTo(neighbors(
                ConfigImporter.importConfigs("seed", List.of(new ConfigImporter.Input("seed/frr.conf", resource("000-" + region + "-frr.conf"))))
                        .topology(), fromSeed.id()));
    }

    private static Router onlyRouter(Topology t) {
        return t.routers().stream().filter(r -> r.platform() != io.peerplan.model.Platform.EXTERNAL).findFirst().orElseThrow();
    }

    private static Map<String, Object> neighbors(Topology t, String router) {
        Map<String, Object> out = new TreeMap<>();
        for (Peering p : t.peerings()) {
            Peering.End e = p.endOf(router);
            if (e != null && e.peerAddress() != null) {
                out.put(e.peerAddress().toString(), e.config());
            }
        }
        return out;
    }

    @Test
    void seed000MetalLbObjectsAndServicesAreExportedAsWritten() throws Exception {
        Bundle b = bundle("two-dc-anycast", ExportOptions.DEFAULT);
        List<JsonNode> exported = new ArrayList<>(CrdSchemas.documents(b.file("k8s-alfa/metallb.yaml").orElseThrow().content()));
        exported.addAll(CrdSchemas.documents(b.file("k8s-alfa/services.yaml").orElseThrow().content()));
        for (JsonNode seed : CrdSchemas.documents(resource("000-alfa-metallb.yaml"))) {
            JsonNode mine = find(exported, seed);
            assertThat(mine.get("apiVersion")).isEqualTo(seed.get("apiVersion"));
            assertThat(mine.get("spec")).as(seed.get("kind") + " " + seed.at("/metadata/name")).isEqualTo(seed.get("spec"));
            assertThat(mine.at("/metadata/annotations")).isEqualTo(seed.at("/metadata/annotations"));
            String ns = seed.at("/metadata/namespace").isMissingNode() ? "default" : seed.at("/metadata/namespace").asText();
            assertThat(mine.at("/metadata/namespace").asText()).isEqualTo(ns);
        }
    }

    private static JsonNode find(List<JsonNode> docs, JsonNode seed) {
        return docs.stream().filter(d -> d.get("kind").equals(seed.get("kind")) && d.at("/metadata/name").equals(seed.at("/metadata/name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + seed.get("kind") + " " + seed.at("/metadata/name") + " exported"));
    }

    @Test
    void seed001VtyshCommandsAndConfigMapAreInTheQuaggaBundle() throws Exception {
        Bundle b = bundle("homelab-openwrt-quagga", ExportOptions.DEFAULT);
        List<String> commands = List.of(b.file("openwrt/vtysh-commands.txt").orElseThrow().content().split("\n"));
        List<String> seed = List.of(resource("001-vtysh.txt").split("\n"));
        assertThat(commands).containsAll(seed);
        // Same order inside router bgp as the seed typed them.
        assertThat(commands.subList(commands.indexOf("router bgp 65000"), commands.size()))
                .containsSubsequence(seed.subList(1, seed.size()));
        assertThat(legacyConfig(b.file("homelab-k8s/metallb-config.yaml").orElseThrow().content()))
                .isEqualTo(legacyConfig(resource("001-configmap.yaml")));
    }

    @Test
    void seed002RouterOsLinesAndConfigMapAndServiceAreInTheBundle() throws Exception {
        Bundle b = bundle("mikrotik-core", ExportOptions.DEFAULT);
        List<String> script = List.of(b.file("core/bgp.rsc").orElseThrow().content().split("\n"));
        assertThat(script).containsSubsequence(List.of(resource("002-routeros.rsc").split("\n")));
        assertThat(legacyConfig(b.file("k8s/metallb-config.yaml").orElseThrow().content()))
                .isEqualTo(legacyConfig(resource("002-configmap.yaml")));
        JsonNode seed = CrdSchemas.documents(resource("002-service.yaml")).getFirst();
        JsonNode mine = CrdSchemas.documents(b.file("k8s/services.yaml").orElseThrow().content()).getFirst();
        assertThat(mine.at("/metadata/annotations")).isEqualTo(seed.at("/metadata/annotations"));
        ObjectNode seedSpec = seed.get("spec").deepCopy();
        // The article writes "targetport" (Kubernetes ignores it); Peerplan's sample reads it as the intended targetPort.
        ObjectNode port = (ObjectNode) seedSpec.get("ports").get(0);
        port.set("targetPort", port.remove("targetport"));
        assertThat(sorted(mine.get("spec"))).isEqualTo(sorted(seedSpec));
    }

    /** The ConfigMap's {@code data.config}, parsed, with empty keys ({@code communities:}) dropped. */
    private static JsonNode legacyConfig(String yaml) {
        JsonNode cm = CrdSchemas.documents(yaml).getFirst();
        return sorted(CrdSchemas.documents(cm.at("/data/config").asText()).getFirst());
    }

    private static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                var e = it.next();
                if (!e.getValue().isNull()) {
                    fields.put(e.getKey(), sorted(e.getValue()));
                }
            }
            fields.forEach(o::set);
            return o;
        }
        if (n.isArray()) {
            var a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            n.forEach(x -> a.add(sorted(x)));
            return a;
        }
        return n;
    }
}
