package io.peerplan.model.validate.core;

import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Where one rule reports its findings; it stamps each with the rule's ID and default severity. */
public final class Sink {
    private final RuleInfo rule;
    private final List<Finding> out;

    public Sink(RuleInfo rule, List<Finding> out) {
        this.rule = rule;
        this.out = out;
    }

    public RuleInfo rule() {
        return rule;
    }

    /** A finding with the rule's default severity. {@code ids} are topology ids, most specific first. */
    public void report(String message, Collection<String> ids, String fixHint) {
        report(rule.severity(), message, ids, fixHint);
    }

    /** A finding whose severity depends on context (the rule's documentation says when). */
    public void report(Severity severity, String message, Collection<String> ids, String fixHint) {
        out.add(new Finding(rule.id(), severity, message, distinct(ids), fixHint));
    }

    private static List<String> distinct(Collection<String> ids) {
        if (ids == null) {
            return List.of();
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        ids.stream().filter(Objects::nonNull).forEach(set::add);
        return new ArrayList<>(set);
    }
}
