package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A list of Kubernetes label selectors (a BGPPeer's or an advertisement's {@code nodeSelectors}, an
 * advertisement's pool selectors) as a table: one selector per row, its {@code matchLabels} as
 * {@code key=value, …} and its {@code matchExpressions} as {@code key In a b; key Exists}. A row
 * matches when all its clauses do; the rows are alternatives (apimachinery
 * LabelSelectorAsSelector, MetalLB's selectors lists). A new row is the empty selector, which
 * matches every node or pool, as an empty list does.
 */
final class SelectorTable {
    /** apimachinery's selection operators (pkg/selection/operator.go) a LabelSelectorRequirement may use. */
    private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

    private SelectorTable() {
    }

    static <R> FieldSpec of(String key, String section, String label, String help, Function<R, List<LabelSelector>> get,
            BiFunction<R, List<LabelSelector>, R> with) {
        return FieldSpec.table(section, label, help, ListTable.<LabelSelector>of("selector",
                t -> get.apply(Fields.typed(t, key)),
                (t, list) -> Elements.replace(t, key, with.apply(Fields.typed(t, key), list)),
                (t, list) -> new LabelSelector(null, null))
                .text("Match labels", "key=value, comma-separated: every label must match", s -> Parse.labels(s.matchLabels()),
                        (t, s, text) -> new LabelSelector(new TreeMap<>(Parse.labels(text)), s.matchExpressions()))
                .text("Match expressions", "key In a b; key NotIn c; key Exists; key DoesNotExist",
                        s -> expressions(s.matchExpressions()),
                        (t, s, text) -> new LabelSelector(s.matchLabels(), expressions(text))));
    }

    static String expressions(List<LabelSelector.Requirement> requirements) {
        return requirements.stream().map(r -> (r.key() + " " + r.operator() + " " + String.join(" ", r.values())).strip())
                .collect(Collectors.joining("; "));
    }

    /** Parses {@link #expressions(List)}'s form; the refusals are apimachinery's (ValidateLabelSelectorRequirement). */
    static List<LabelSelector.Requirement> expressions(String text) {
        List<LabelSelector.Requirement> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String clause : text.split(";")) {
            List<String> words = Parse.list(clause);
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() < 2 || !OPERATORS.contains(words.get(1))) {
                throw new IllegalArgumentException("'" + clause.strip() + "': write key In|NotIn|Exists|DoesNotExist [values]");
            }
            List<String> values = words.subList(2, words.size());
            boolean set = words.get(1).equals("In") || words.get(1).equals("NotIn");
            if (set && values.isEmpty()) {
                throw new IllegalArgumentException("'" + clause.strip() + "': values must be non-empty when operator is In or NotIn");
            }
            if (!set && !values.isEmpty()) {
                throw new IllegalArgumentException("'" + clause.strip() + "': values must be empty when operator is Exists or DoesNotExist");
            }
            out.add(new LabelSelector.Requirement(words.getFirst(), words.get(1), values));
        }
        return out;
    }
}
