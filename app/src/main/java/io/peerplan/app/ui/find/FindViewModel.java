package io.peerplan.app.ui.find;

import io.peerplan.app.design.Search;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find: the query, the elements it matches in the current design, and the jump to one of them.
 * Searching runs on the FX thread as the user types: one pass over the elements, a few
 * milliseconds for the 5,000-element scale design, and at most {@value #LIMIT} results listed.
 */
public final class FindViewModel {
    static final int LIMIT = 500;
    private final Supplier<Topology> topology;
    private final Consumer<String> jump;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Search.Match> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** @param jump selects an element by key and brings it into view */
    public FindViewModel(Supplier<Topology> topology, Consumer<String> jump) {
        this.topology = topology;
        this.jump = jump;
        query.addListener((o, a, q) -> refresh());
    }

    /** Searches again (the design may have changed since the last keystroke). */
    public void refresh() {
        List<Search.Match> found = Search.find(topology.get(), query.get(), LIMIT);
        results.setAll(found);
        String q = query.get() == null ? "" : query.get().strip();
        summary.set(q.isEmpty() ? "Type an id, a name, an address or an ASN"
                : found.isEmpty() ? "Nothing matches \"" + q + "\""
                : found.size() == LIMIT ? "The first " + LIMIT + " matches" : io.peerplan.app.ui.fit.Words.count(found.size(), "match",
                        "matches"));
    }

    public void jumpTo(Search.Match m) {
        if (m != null) {
            jump.accept(m.key());
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Search.Match> results() {
        return results;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
