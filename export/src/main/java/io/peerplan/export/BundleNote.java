package io.peerplan.export;

import java.util.List;

/**
 * A validation finding carried into a forced export's comment headers: severity (ERROR, WARNING,
 * INFO), rule id, message, and the ids of the elements it concerns (empty: the whole design).
 * The app maps {@code io.peerplan.model.validate.Finding} to this.
 */
public record BundleNote(String severity, String ruleId, String message, List<String> elementIds) {
    public BundleNote {
        elementIds = elementIds == null ? List.of() : List.copyOf(elementIds);
    }

    /** True when the note belongs in the files of this element. */
    public boolean concerns(String elementId) {
        return elementIds.isEmpty() || elementIds.contains(elementId);
    }

    /** One line: {@code ERROR rule-id: message [a, b]}. */
    public String line() {
        return severity + " " + ruleId + ": " + message + (elementIds.isEmpty() ? "" : " [" + String.join(", ", elementIds) + "]");
    }
}
