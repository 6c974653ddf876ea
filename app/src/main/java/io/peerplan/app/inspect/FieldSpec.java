package io.peerplan.app.inspect;

import io.peerplan.model.Topology;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One inspector field: how to read its text from the topology and how to write text back (a
 * write that throws IllegalArgumentException is a validation error shown on the field). Fields
 * are data; the form view renders whatever list {@link InspectorFields} gives for the selection.
 * The factories pass every write and cell edit through {@link InputGuard}: no field can take a text
 * the project file cannot hold.
 *
 * @param section  the heading the field sits under
 * @param editor   how it is edited
 * @param choices  the values of a CHOICE field
 * @param rekey    the selection key after a write of this text (renames change it); null keeps the key
 * @param table    a TABLE field's rows and operations; null for every other editor
 */
public record FieldSpec(String section, String label, Editor editor, List<String> choices, String help,
        Function<Topology, String> read, BiFunction<Topology, String, Topology> write,
        BiFunction<String, String, String> rekey, TableSpec table) {

    public enum Editor { TEXT, AREA, CHOICE, CHECK, READ_ONLY, TABLE }

    public FieldSpec {
        choices = List.copyOf(choices);
    }

    public static FieldSpec text(String section, String label, String help, Function<Topology, String> read,
            BiFunction<Topology, String, Topology> write) {
        return new FieldSpec(section, label, Editor.TEXT, List.of(), help, read, InputGuard.write(write), null, null);
    }

    public static FieldSpec area(String section, String label, String help, Function<Topology, String> read,
            BiFunction<Topology, String, Topology> write) {
        return new FieldSpec(section, label, Editor.AREA, List.of(), help, read, InputGuard.write(write), null, null);
    }

    public static FieldSpec choice(String section, String label, List<String> choices, String help,
            Function<Topology, String> read, BiFunction<Topology, String, Topology> write) {
        return new FieldSpec(section, label, Editor.CHOICE, choices, help, read, InputGuard.write(write), null, null);
    }

    /** A check box: text is "true" or "false". */
    public static FieldSpec check(String section, String label, String help, Function<Topology, String> read,
            BiFunction<Topology, String, Topology> write) {
        return new FieldSpec(section, label, Editor.CHECK, List.of(), help, read, InputGuard.write(write), null, null);
    }

    public static FieldSpec info(String section, String label, Function<Topology, String> read) {
        return new FieldSpec(section, label, Editor.READ_ONLY, List.of(), null, read, (t, s) -> t, null, null);
    }

    /**
     * A list edited as a table ({@link TableSpec}): its text is the rows, one per line, for
     * display only; edits go through the table's own operations, never through {@code write}.
     */
    public static FieldSpec table(String section, String label, String help, TableSpec table) {
        return new FieldSpec(section, label, Editor.TABLE, List.of(), help,
                t -> String.join("\n", table.rows(t).stream().map(r -> String.join(" ", r)).toList()),
                (t, s) -> t, null, InputGuard.table(table));
    }

    public FieldSpec rekeyedBy(BiFunction<String, String, String> rekey) {
        return new FieldSpec(section, label, editor, choices, help, read, write, rekey, table);
    }

    /** What, besides section, label and editor, makes a form differ: the choices, a table's columns. */
    public String shape() {
        return section + "|" + label + "|" + editor + "|" + choices + (table == null ? "" : "|" + table.columns());
    }
}
