package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.Kind;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The form for several selected elements of one kind: the fields they all have (same section,
 * label and editor), each reading the common value (empty when they differ) and writing the typed
 * text to every one of them in one topology step, so the designer applies it as one undoable edit,
 * and a text any one of them refuses is refused for all (never half-applied). Ids and names are
 * each element's own, and tables are edited row by row, so those are left out.
 */
public final class SharedFields {
    private static final Set<String> OWN = Set.of("Id", "Name");

    private SharedFields() {
    }

    public static List<FieldSpec> of(Topology t, List<String> keys) {
        List<Kind> kinds = keys.stream().map(k -> Elements.kind(t, k).orElse(null)).distinct().toList();
        if (keys.size() < 2 || kinds.size() != 1 || kinds.getFirst() == null) {
            return List.of();
        }
        List<List<FieldSpec>> forms = keys.stream().map(k -> InspectorFields.of(t, k)).toList();
        List<FieldSpec> out = new ArrayList<>();
        for (FieldSpec first : forms.getFirst()) {
            if (!shareable(first)) {
                continue;
            }
            List<FieldSpec> same = forms.stream().map(form -> form.stream().filter(f -> sameField(f, first)).findFirst().orElse(null))
                    .toList();
            if (!same.contains(null)) {
                out.add(combined(first, same));
            }
        }
        return out;
    }

    /** A short title: "3 BGPPeers" from the single form's title ("BGPPeer p1"). */
    public static String title(Topology t, List<String> keys) {
        String one = InspectorFields.title(t, keys.getFirst());
        String kind = one.contains(" ") ? one.substring(0, one.lastIndexOf(' ')) : one;
        return keys.size() + " × " + kind + ": the fields they share";
    }

    private static boolean shareable(FieldSpec f) {
        return f.rekey() == null && !OWN.contains(f.label()) && f.editor() != FieldSpec.Editor.TABLE
                && f.editor() != FieldSpec.Editor.READ_ONLY;
    }

    private static boolean sameField(FieldSpec f, FieldSpec first) {
        return f.section().equals(first.section()) && f.label().equals(first.label()) && f.editor() == first.editor();
    }

    private static FieldSpec combined(FieldSpec first, List<FieldSpec> all) {
        BiFunction<Topology, String, Topology> write = (t, s) -> {
            Topology out = t;
            for (FieldSpec f : all) {
                out = f.write().apply(out, s);
            }
            return out;
        };
        return new FieldSpec(first.section(), first.label(), first.editor(), first.choices(), first.help(), t -> {
            List<String> values = all.stream().map(f -> f.read().apply(t)).distinct().toList();
            return values.size() == 1 ? Objects.requireNonNullElse(values.getFirst(), "") : "";
        }, write, null, null);
    }
}
