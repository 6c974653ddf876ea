package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A list of names one object gives another (an advertisement's pools and peers, an
 * L2Advertisement's pools) as a one-column table whose cells choose among the names the cluster
 * defines; a new row takes the first one not listed yet, so it is valid as added.
 */
final class NameList {
    private NameList() {
    }

    /**
     * @param key     the object the list belongs to
     * @param noun    what one row is ("pool"), for the column header and the messages
     * @param choices the names a row may take
     */
    static <R> FieldSpec of(String key, String section, String label, String noun, String help, List<String> choices,
            Function<R, List<String>> get, BiFunction<R, List<String>, R> with) {
        return FieldSpec.table(section, label, help, ListTable.<String>of(noun,
                t -> get.apply(Fields.typed(t, key)),
                (t, list) -> Elements.replace(t, key, with.apply(Fields.typed(t, key), list)),
                (t, present) -> choices.stream().filter(c -> !present.contains(c)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("every " + noun + " of the cluster is listed already")))
                .choice(Character.toUpperCase(noun.charAt(0)) + noun.substring(1), choices, help, v -> v,
                        (t, v, s) -> Parse.required(s, "a " + noun))
                .unique(noun, v -> v));
    }
}
