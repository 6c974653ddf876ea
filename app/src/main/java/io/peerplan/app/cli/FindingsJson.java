package io.peerplan.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import java.util.List;

/**
 * The JSON report: {@code project}, {@code summary} (counts over all findings, and how many are
 * shown) and {@code findings}, each with ruleId, severity (error|warning|info), message, elementIds,
 * fixHint and, for a file, the line and column of its first element and, for an imported design,
 * {@code source}: the file and line the user wrote it in ({@link ImportOrigins}).
 */
final class FindingsJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingsJson() {
    }

    static String render(String source, ElementLocator locator, List<Finding> all, List<Finding> shown) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("project", source);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", all.stream().filter(f -> f.severity() == Severity.ERROR).count());
        summary.put("warnings", all.stream().filter(f -> f.severity() == Severity.WARNING).count());
        summary.put("infos", all.stream().filter(f -> f.severity() == Severity.INFO).count());
        summary.put("shown", shown.size());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : shown) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().keyword());
            n.put("message", f.message());
            ArrayNode ids = n.putArray("elementIds");
            f.elementIds().forEach(ids::add);
            if (f.fixHint() == null) {
                n.putNull("fixHint");
            } else {
                n.put("fixHint", f.fixHint());
            }
            ElementLocator.Position at = f.elementIds().isEmpty() ? null : locator.of(f.elementIds().getFirst());
            if (at != null) {
                ObjectNode loc = n.putObject("location");
                loc.put("line", at.line());
                loc.put("column", at.column());
            }
            ImportOrigins.Origin from = locator.origin(f);
            if (from != null) {
                ObjectNode src = n.putObject("source");
                src.put("file", from.file());
                src.put("line", from.line());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
