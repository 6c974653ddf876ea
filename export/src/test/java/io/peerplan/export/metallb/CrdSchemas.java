package io.peerplan.export.metallb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real MetalLB CRD schemas (copied verbatim from shared/metallb/crds into test resources): each
 * served version's {@code openAPIV3Schema}, checked with networknt's JSON-Schema validator. OpenAPI
 * v3 schemas are JSON Schema draft 4 with extensions ({@code x-kubernetes-*}, {@code format: int64}),
 * which the validator ignores as unknown keywords.
 */
public final class CrdSchemas {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("bfdprofiles", "bgpadvertisements", "bgppeers", "communities", "ipaddresspools",
            "l2advertisements");
    private final Map<String, Schema> byKindVersion = new HashMap<>();
    private final Map<String, JsonNode> openApi = new HashMap<>();

    public CrdSchemas() {
        this(FILES.stream().map(f -> "/metallb/crds/metallb.io_" + f + ".yaml").toList());
    }

    /** The schemas of the CRD files at these class-path resources (e.g. frr-k8s's or Cilium's, copied verbatim). */
    public CrdSchemas(List<String> resources) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        for (String f : resources) {
            try (InputStream in = CrdSchemas.class.getResourceAsStream(f)) {
                JsonNode crd = YAML.readTree(in);
                String kind = crd.at("/spec/names/kind").asText();
                String group = crd.at("/spec/group").asText();
                for (JsonNode v : crd.at("/spec/versions")) {
                    String json = JSON.writeValueAsString(v.at("/schema/openAPIV3Schema"));
                    byKindVersion.put(group + "/" + v.get("name").asText() + " " + kind, registry.getSchema(json, InputFormat.JSON));
                    openApi.put(group + "/" + v.get("name").asText() + " " + kind, v.at("/schema/openAPIV3Schema"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The schema errors of one document; an unknown apiVersion/kind is itself an error. */
    public List<String> validate(JsonNode doc) {
        String key = doc.path("apiVersion").asText() + " " + doc.path("kind").asText();
        Schema s = byKindVersion.get(key);
        if (s == null) {
            return List.of("no CRD schema for " + key);
        }
        try {
            List<Error> errors = s.validate(JSON.writeValueAsString(doc), InputFormat.JSON);
            return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The openAPIV3Schema of a document's apiVersion and kind (for rules the JSON-Schema validator does not read). */
    public JsonNode openApiSchema(JsonNode doc) {
        return openApi.get(doc.path("apiVersion").asText() + " " + doc.path("kind").asText());
    }

    public static List<JsonNode> documents(String yaml) {
        try {
            return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll().stream().filter(d -> d != null && !d.isNull())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
