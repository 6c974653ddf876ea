package io.peerplan.export.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peerplan.export.Bundle;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.Designs;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.InputRules;
import io.peerplan.model.validate.input.ProjectText;
import io.peerplan.model.validate.input.TextField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random text in any text field of any design never produces an extra line, document or
 * command in any export (FRR, Quagga, RouterOS v6/v7, MetalLB CRDs, legacy ConfigMap, services,
 * README). Each value carries the marker {@value #MARK} after a separator a format could take as
 * the end of a line, a document, a string or a shell word; the export must refuse it or keep the
 * marker where it cannot act: never at the start of a line of a line-based file, never as a YAML
 * key or in an extra YAML document, never outside quotes in a RouterOS command or a README shell line.
 */
class InjectionPropertyTest {
    static final String MARK = "ppinjected";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SEPARATORS = List.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\f",
            "\u0000", "\n---\n", "\n/", "\n#", "; ", " ", "$(", "`", "'", "\"", "\\\n", " #", "\t", "\n  ", "&& ", "|");
    private static final List<ExportOptions> FORMATS = List.of(ExportOptions.DEFAULT,
            new ExportOptions(Platform.FRR, Cluster.ConfigStyle.LEGACY_CONFIGMAP, null, null, null, null),
            new ExportOptions(Platform.QUAGGA, null, null, io.peerplan.export.quagga.QuaggaPolicy.OMIT, null, null),
            new ExportOptions(Platform.ROUTEROS_V6, null, null, null, null, null),
            new ExportOptions(Platform.ROUTEROS_V7, null, null, null, null, null));

    record Case(String design, int field, String value) {
    }

    @Property(tries = 400, seed = "19")
    void noTextFieldAddsALineDocumentOrCommand(@ForAll("cases") Case c) throws Exception {
        Topology base = Designs.load(c.design());
        List<TextField> fields = ProjectText.fields(base);
        TextField target = fields.get(c.field() % fields.size());
        Optional<Topology> hostile = Hostile.with(base, target.pointer(), c.value());
        if (hostile.isEmpty()) {
            return; // the structure check refused it (an id or a reference): nothing to export
        }
        for (ExportOptions o : FORMATS) {
            Bundle bundle;
            try {
                bundle = BundleExporter.export(hostile.get(), o);
            } catch (ExportRefusedException e) {
                assertThat(e.reasons()).as("refusal of %s at %s", c.value(), target.pointer()).allSatisfy(r -> assertThat(r).doesNotContain("\n"));
                // The loader and the writers agree: what a writer cannot hold, the loader refuses first.
                if (e.reasons().stream().anyMatch(r -> r.contains(" cannot hold "))) {
                    assertThat(InputRules.violations(hostile.get())).as("%s refused by a writer but accepted on load: %s",
                            printable(c.value()), e.reasons()).isNotEmpty();
                }
                continue;
            }
            for (ExportFile f : bundle.files()) {
                String why = f.path() + " with " + TextField.class.getSimpleName() + " " + target.where() + " = " + printable(c.value());
                if (f.path().endsWith(".yaml")) {
                    yaml(f.content(), Designs.load(c.design()), f.path(), o, why);
                } else {
                    lines(f.path(), f.content(), why);
                }
            }
        }
    }

    /** No line starts with the marker; RouterOS commands and README shell lines hold it only inside quotes. */
    private static void lines(String path, String text, String why) {
        for (String line : text.split("\n", -1)) {
            assertThat(line.stripLeading()).as(why).doesNotStartWith(MARK);
            assertThat(line).as(why).doesNotContain("\r");
            if (path.endsWith(".rsc") && !line.startsWith("#")) {
                assertThat(withoutQuoted(line, '"')).as(why + ": " + line).doesNotContain(MARK);
            }
            if (path.equals("README.md") && line.startsWith("       ")) {
                assertThat(withoutQuoted(line, '\'')).as(why + ": " + line).doesNotContain(MARK);
            }
        }
    }

    /** The same documents as the unmodified design's export, only comments before the first, and no key holding the marker. */
    private static void yaml(String text, Topology original, String path, ExportOptions o, String why) throws Exception {
        String head = text.substring(0, Math.max(0, text.indexOf("---\n")));
        assertThat(head.lines()).as(why).allSatisfy(l -> assertThat(l).startsWith("#"));
        List<JsonNode> docs = documents(text);
        String before = BundleExporter.export(original, o).files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(ExportFile::content).orElseThrow();
        assertThat(docs).as(why).hasSameSizeAs(documents(before));
        for (JsonNode d : docs) {
            noMarkedKey(d, why);
            JsonNode config = d.path("data").path("config");
            if (config.isTextual()) {
                documents(config.asText()).forEach(x -> noMarkedKey(x, why));
            }
        }
    }

    private static void noMarkedKey(JsonNode n, String why) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(e.getKey()).as(why).doesNotContain(MARK);
            noMarkedKey(e.getValue(), why);
        }
        n.elements().forEachRemaining(x -> noMarkedKey(x, why));
    }

    private static List<JsonNode> documents(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /** The line with every quoted string removed ({@code \\} escapes inside double quotes). */
    static String withoutQuoted(String line, char quote) {
        StringBuilder b = new StringBuilder();
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (in && quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                in = !in;
            } else if (!in) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String printable(String s) {
        return UnwritableValueException.shown(s);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> junk = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(6);
        Arbitrary<String> value = Combinators.combine(junk, Arbitraries.of(SEPARATORS), junk)
                .as((a, sep, z) -> a + sep + MARK + z);
        return Combinators.combine(Arbitraries.of(Designs.names()), Arbitraries.integers().between(0, 100_000), value).as(Case::new);
    }
}
