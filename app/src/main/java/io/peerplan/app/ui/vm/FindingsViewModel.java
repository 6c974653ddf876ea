package io.peerplan.app.ui.vm;

import io.peerplan.app.findings.DesignFinding;
import io.peerplan.app.findings.LiveValidation;
import io.peerplan.app.render.Marks;
import io.peerplan.app.ui.fit.Words;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The findings of the latest validation run, sorted errors first, with counts for the status bar. */
public final class FindingsViewModel {
    private final ObservableList<DesignFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<DesignFinding> readOnly = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Not validated yet");
    private long revision = -1;

    public ObservableList<DesignFinding> findings() {
        return readOnly;
    }

    /** A new revision went to the validator. */
    void started() {
        running.set(true);
    }

    /** Shows a run's result. */
    void show(LiveValidation.Result r) {
        revision = r.revision();
        List<DesignFinding> sorted = r.findings().stream()
                .sorted(Comparator.comparing(DesignFinding::severity).thenComparing(DesignFinding::ruleId)).toList();
        findings.setAll(sorted);
        errors.set(count(Marks.Level.ERROR));
        warnings.set(count(Marks.Level.WARNING));
        infos.set(count(Marks.Level.INFO));
        running.set(false);
        summary.set(r.failure() != null ? r.failure()
                : Words.count(errors.get(), "error") + ", " + Words.count(warnings.get(), "warning") + ", "
                        + Words.count(infos.get(), "note") + " (" + r.millis() + " ms)");
    }

    private int count(Marks.Level level) {
        return (int) findings.stream().filter(f -> f.severity() == level).count();
    }

    /** The canvas view of the findings. */
    public List<Marks.Mark> marks() {
        return findings.stream().map(f -> new Marks.Mark(f.severity(), f.elementIds())).toList();
    }

    public long revision() {
        return revision;
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
