package io.peerplan.app.inspect;

import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.InputRules;
import io.peerplan.model.validate.input.InputRules.Violation;
import io.peerplan.model.validate.input.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The last check of every inspector write: an edit that would give the design a text the project
 * file cannot hold is refused at the field, in the loader's words ({@link InputRules}, the grammar
 * each field of the model follows). Without it a field could take a value the designer keeps in
 * memory and saves, and the next open refuses the whole file. Fields parse their own text first, with
 * messages of their own; this catches whatever a field's parser lets through.
 */
final class InputGuard {
    private InputGuard() {
    }

    static BiFunction<Topology, String, Topology> write(BiFunction<Topology, String, Topology> write) {
        return (t, text) -> checked(t, write.apply(t, text));
    }

    static TableSpec table(TableSpec table) {
        return table.checkedBy(InputGuard::checked, false);
    }

    /**
     * {@code after}, unless it holds a text field that does not fit its grammar and {@code before} did
     * not (a design imported or edited elsewhere may already hold some; an edit elsewhere stays allowed).
     */
    static Topology checked(Topology before, Topology after) {
        if (after == before) {
            return after;
        }
        List<Violation> now = InputRules.violations(after);
        if (now.isEmpty()) {
            return after;
        }
        Set<String> known = new HashSet<>();
        InputRules.violations(before).forEach(v -> known.add(v.message()));
        for (Violation v : now) {
            if (!known.contains(v.message())) {
                TextField f = v.field();
                String reason = f.grammar().check(f.value()).map(p -> p.reason()).orElse(v.rule().title());
                throw new IllegalArgumentException(TextField.shown(f.value()) + " " + reason);
            }
        }
        return after;
    }
}
