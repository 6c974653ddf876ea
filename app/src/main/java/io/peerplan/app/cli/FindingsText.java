package io.peerplan.app.cli;

import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.util.List;

/**
 * The text report: one block per finding, compiler style ({@code FILE:LINE: warning RULE-ID: message})
 * so editors can jump to the element, then the elements involved and the fix, then a summary line.
 */
final class FindingsText {
    private final String source;
    private final ElementLocator locator;

    FindingsText(String source, ElementLocator locator) {
        this.source = source;
        this.locator = locator;
    }

    String render(List<Finding> all, List<Finding> shown) {
        StringBuilder b = new StringBuilder();
        for (Finding f : shown) {
            ElementLocator.Position at = f.elementIds().isEmpty() ? null : locator.of(f.elementIds().getFirst());
            b.append(source).append(at == null ? "" : ":" + at.line()).append(": ").append(f.severity().keyword()).append(' ')
                    .append(f.ruleId()).append(": ").append(f.message()).append('\n');
            ImportOrigins.Origin from = locator.origin(f);
            if (from != null) {
                b.append("    imported from: ").append(from.render()).append('\n');
            }
            if (!f.elementIds().isEmpty()) {
                b.append("    elements: ").append(String.join(", ", f.elementIds())).append('\n');
            }
            if (f.fixHint() != null) {
                b.append("    fix: ").append(f.fixHint()).append('\n');
            }
        }
        if (!shown.isEmpty()) {
            b.append('\n');
        }
        b.append(source).append(": ").append(summary(all));
        int hidden = all.size() - shown.size();
        if (hidden > 0) {
            b.append(" (").append(hidden).append(" below the minimum severity not shown)");
        }
        b.append("; ").append(Validator.rules().size()).append(" rules checked\n");
        return b.toString();
    }

    static String summary(List<Finding> all) {
        return count(all, Severity.ERROR, "error") + ", " + count(all, Severity.WARNING, "warning") + ", " + count(all, Severity.INFO, "info");
    }

    private static String count(List<Finding> all, Severity s, String word) {
        long n = all.stream().filter(f -> f.severity() == s).count();
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
