package io.peerplan.app.inspect;

import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-column table of the names of one kind of named thing, in the order the design keeps them:
 * editing a name renames it with what refers to it, Remove refuses a name still referred to (saying
 * where), Up and Down reorder. What each named thing holds is edited elsewhere; the subclasses say
 * where the names live (a router's policy names, a cluster's MetalLB objects).
 *
 * @param <E> the named record
 */
abstract class NamesTable<E> implements TableSpec {
    private final String noun;
    private final String help;

    NamesTable(String noun, String help) {
        this.noun = noun;
        this.help = help;
    }

    /** The named records, in order. */
    abstract List<E> items(Topology t);

    abstract String nameOf(E item);

    /** The design with the list reordered (same records). */
    abstract Topology reorder(Topology t, List<E> items);

    /** The design with {@code from} called {@code text}, and its references following; refused when not a valid, free name. */
    abstract Topology rename(Topology t, String from, String text);

    /** Where {@code name} is referred to, one phrase per place; empty when nowhere. */
    abstract List<String> uses(Topology t, String name);

    /** The design without the record named {@code name} (at {@code row}). */
    abstract Topology without(Topology t, int row, String name);

    @Override
    public final List<Column> columns() {
        return List.of(new Column("Name", Column.Kind.TEXT, List.of(), help));
    }

    @Override
    public final String noun() {
        return noun;
    }

    @Override
    public final List<List<String>> rows(Topology t) {
        return items(t).stream().map(e -> List.of(nameOf(e))).toList();
    }

    @Override
    public final Topology setCell(Topology t, int row, int column, String text) {
        return rename(t, nameOf(row(t, row)), text);
    }

    @Override
    public final Topology remove(Topology t, int row) {
        String gone = nameOf(row(t, row));
        List<String> where = uses(t, gone);
        if (!where.isEmpty()) {
            throw new IllegalArgumentException(noun + " '" + gone + "' is still used by " + String.join(", ", where)
                    + ": change those first");
        }
        return without(t, row, gone);
    }

    @Override
    public final Topology move(Topology t, int row, int delta) {
        List<E> items = new ArrayList<>(items(t));
        E moving = row(t, row);
        int to = row + delta;
        if (to < 0 || to >= items.size()) {
            throw new IllegalArgumentException("the " + noun + " is already " + (delta < 0 ? "first" : "last"));
        }
        items.set(row, items.get(to));
        items.set(to, moving);
        return reorder(t, items);
    }

    /** The names already taken. */
    final List<String> names(Topology t) {
        return items(t).stream().map(this::nameOf).toList();
    }

    private E row(Topology t, int row) {
        List<E> items = items(t);
        if (row < 0 || row >= items.size()) {
            throw new IllegalArgumentException(noun + " " + (row + 1) + " no longer exists");
        }
        return items.get(row);
    }
}
