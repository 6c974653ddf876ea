package io.peerplan.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format) so CI systems show findings inline:
 * every rule in {@code tool.driver.rules} (id, descriptions, default level, source), every finding
 * a result with ruleId/ruleIndex, level, message, logical locations naming the element ids, and a
 * physical location at the element's line when the input is a file.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static String render(Path file, ElementLocator locator, List<Finding> findings) {
        ObjectNode root = FindingsJson.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Peerplan");
        driver.put("version", "0.1.0");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : Validator.rules()) {
            index.put(r.id(), index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.put("name", name(r.id()));
            rule.putObject("shortDescription").put("text", r.title());
            rule.putObject("fullDescription").put("text", r.title() + ". Source: " + r.source() + ".");
            rule.putObject("help").put("text", "Source: " + r.source());
            rule.putObject("defaultConfiguration").put("level", level(r.severity()));
            ObjectNode props = rule.putObject("properties");
            props.put("family", r.family().title());
            props.put("source", r.source());
            props.putArray("tags").add("peerplan").add(r.family().name().toLowerCase(Locale.ROOT));
        }
        String uri = file == null ? null : uri(file);
        if (uri != null) {
            run.putArray("artifacts").addObject().putObject("location").put("uri", uri);
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : findings) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.ruleId());
            res.put("ruleIndex", index.get(f.ruleId()));
            res.put("level", level(f.severity()));
            ObjectNode message = res.putObject("message");
            message.put("text", f.message() + (f.fixHint() == null ? "" : " Fix: " + f.fixHint()));
            ObjectNode location = res.putArray("locations").addObject();
            ElementLocator.Position at = f.elementIds().isEmpty() ? null : locator.of(f.elementIds().getFirst());
            if (uri != null) {
                ObjectNode physical = location.putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", uri);
                artifact.put("index", 0);
                if (at != null) {
                    physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
                }
            }
            ArrayNode logical = location.putArray("logicalLocations");
            for (String id : f.elementIds()) {
                logical.addObject().put("name", id).put("fullyQualifiedName", "topology/" + id).put("kind", "object");
            }
            ObjectNode props = res.putObject("properties");
            ArrayNode ids = props.putArray("elementIds");
            f.elementIds().forEach(ids::add);
            if (f.fixHint() != null) {
                props.put("fixHint", f.fixHint());
            }
        }
        try {
            return FindingsJson.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SARIF levels: error, warning, note. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path stays relative (CI tools resolve it against the checkout); an absolute one becomes a file: URI. */
    static String uri(Path file) {
        return file.isAbsolute() ? file.toUri().toString() : file.normalize().toString().replace('\\', '/');
    }

    /** BGP-SESSION-ASN-MISMATCH becomes BgpSessionAsnMismatch (SARIF's rule "name" is an identifier). */
    static String name(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
