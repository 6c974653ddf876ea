package io.peerplan.app.inspect;

import io.peerplan.model.Topology;
import java.util.List;
import java.util.function.BinaryOperator;

/** A table whose edits pass a check ({@link TableSpec#checkedBy}); everything else is the table's own. */
record CheckedTable(TableSpec table, BinaryOperator<Topology> check, boolean rowsChecked) implements TableSpec {
    @Override
    public List<Column> columns() {
        return table.columns();
    }

    @Override
    public String noun() {
        return table.noun();
    }

    @Override
    public List<List<String>> rows(Topology t) {
        return table.rows(t);
    }

    @Override
    public Topology setCell(Topology t, int row, int column, String text) {
        return check.apply(t, table.setCell(t, row, column, text));
    }

    @Override
    public Topology add(Topology t) {
        Topology next = table.add(t);
        return rowsChecked ? check.apply(t, next) : next;
    }

    @Override
    public Topology remove(Topology t, int row) {
        return table.remove(t, row);
    }

    @Override
    public Topology move(Topology t, int row, int delta) {
        return table.move(t, row, delta);
    }
}
