package io.peerplan.app.inspect;

import io.peerplan.model.Topology;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * A list-valued field edited as a table: rows of cells, each cell shown and edited as text (a check
 * cell's text is "true"/"false", a choice cell's text one of its column's choices). Every operation
 * is a pure function from one topology to the next, so the designer applies each as one undoable
 * edit; an operation that throws IllegalArgumentException is refused, its message shown at the cell
 * or the table, and nothing of it is applied.
 */
public interface TableSpec {

    /** The columns, left to right. */
    List<Column> columns();

    /** What one row stands for, in the singular: "interface", "entry". */
    String noun();

    /** Each row's cell texts, in column order. */
    List<List<String>> rows(Topology t);

    /** The topology with one cell set to a text; IllegalArgumentException says why the text is refused. */
    Topology setCell(Topology t, int row, int column, String text);

    /** The topology with a new row appended, its cells already valid. */
    Topology add(Topology t);

    Topology remove(Topology t, int row);

    /** The topology with a row moved by {@code delta} places (−1 up, +1 down). */
    Topology move(Topology t, int row, int delta);

    /**
     * This table with each cell edit (and, when {@code rowsChecked}, each new row) passed through
     * {@code check(before, after)}, which returns {@code after} or refuses it with an
     * IllegalArgumentException. Removing and moving rows are not checked: they add no text.
     */
    default TableSpec checkedBy(BinaryOperator<Topology> check, boolean rowsChecked) {
        return new CheckedTable(this, check, rowsChecked);
    }

    /**
     * One column.
     *
     * @param choices a CHOICE column's values ("" first when the cell may be empty)
     */
    record Column(String header, Kind kind, List<String> choices, String help) {
        public Column {
            choices = List.copyOf(choices);
        }

        public enum Kind { TEXT, CHECK, CHOICE }
    }
}
