package io.peerplan.model.validate;

/**
 * What a rule checks, for documentation, {@code --format sarif} ({@code tool.driver.rules}) and the
 * designer's help.
 *
 * @param id       the stable rule ID; it starts with the family's prefix
 * @param family   the group the rule belongs to
 * @param severity the severity its findings normally carry (a few rules lower it in context)
 * @param title    one line: what the rule finds
 * @param source   where the rule comes from: a MetalLB file, an FRR document, an RFC, a measurement
 */
public record RuleInfo(String id, RuleFamily family, Severity severity, String title, String source) {

    public RuleInfo {
        if (id == null || family == null || !id.startsWith(family.prefix())) {
            throw new IllegalArgumentException("rule ID '" + id + "' must start with " + (family == null ? "a family prefix" : family.prefix()));
        }
        if (severity == null || title == null || source == null) {
            throw new IllegalArgumentException("rule " + id + " needs a severity, a title and a source");
        }
    }

    public static RuleInfo error(String id, RuleFamily family, String title, String source) {
        return new RuleInfo(id, family, Severity.ERROR, title, source);
    }

    public static RuleInfo warning(String id, RuleFamily family, String title, String source) {
        return new RuleInfo(id, family, Severity.WARNING, title, source);
    }

    public static RuleInfo info(String id, RuleFamily family, String title, String source) {
        return new RuleInfo(id, family, Severity.INFO, title, source);
    }
}
