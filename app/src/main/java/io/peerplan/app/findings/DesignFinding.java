package io.peerplan.app.findings;

import io.peerplan.app.render.Marks;
import java.util.List;

/**
 * A validator finding as the designer shows it. Mirrors {@code io.peerplan.model.validate.Finding}
 * field for field; the designer keeps its own record so that the canvas, the
 * findings panel and their tests do not depend on how findings are produced.
 */
public record DesignFinding(String ruleId, Marks.Level severity, String message, List<String> elementIds,
        String fixHint) {
    public DesignFinding {
        elementIds = List.copyOf(elementIds);
    }
}
