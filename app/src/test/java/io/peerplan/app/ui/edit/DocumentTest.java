package io.peerplan.app.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private final Topology empty = Topology.empty("t");

    private static Edit rename(Topology before, String name) {
        return new Edit("Rename to " + name, before, new Topology(before.schemaVersion(), name, null, before.regions(),
                before.networks(), before.routers(), before.vantages(), before.clusters(), before.peerings(), before.layout()));
    }

    @Test
    void undoAndRedoWalkTheHistoryAndTrackDirtiness() {
        Document d = new Document(empty, null);
        assertThat(d.isDirty()).isFalse();
        d.execute(rename(d.topology(), "a"));
        d.execute(rename(d.topology(), "b"));
        assertThat(d.topology().name()).isEqualTo("b");
        assertThat(d.isDirty()).isTrue();
        assertThat(d.undoTextProperty().get()).isEqualTo("Undo Rename to b");
        d.undo();
        assertThat(d.topology().name()).isEqualTo("a");
        d.undo();
        assertThat(d.topology()).isSameAs(empty);
        assertThat(d.isDirty()).as("back at the opened state").isFalse();
        assertThat(d.canUndoProperty().get()).isFalse();
        d.redo();
        d.redo();
        assertThat(d.topology().name()).isEqualTo("b");
        assertThat(d.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewEditDropsTheRedoBranch() {
        Document d = new Document(empty, null);
        d.execute(rename(d.topology(), "a"));
        d.undo();
        d.execute(rename(d.topology(), "c"));
        assertThat(d.canRedoProperty().get()).isFalse();
        assertThat(d.undoDepth()).isEqualTo(1);
    }

    @Test
    void savingMarksTheCurrentStateCleanAndUndoPastItIsDirty() {
        Document d = new Document(empty, null);
        d.execute(rename(d.topology(), "a"));
        var marker = d.stateMarker();
        d.markSaved(marker, Path.of("/tmp/x.peerplan.yaml"));
        assertThat(d.isDirty()).isFalse();
        assertThat(d.file()).isEqualTo(Path.of("/tmp/x.peerplan.yaml"));
        d.undo();
        assertThat(d.isDirty()).isTrue();
        d.redo();
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void aSaveThatStartedBeforeAnEditLeavesTheDocumentDirty() {
        Document d = new Document(empty, null);
        d.execute(rename(d.topology(), "a"));
        var marker = d.stateMarker();
        d.execute(rename(d.topology(), "b"));
        d.markSaved(marker, Path.of("x"));
        assertThat(d.isDirty()).isTrue();
    }

    @Test
    void aSaveThatFinishesAfterAnotherDesignWasOpenedLeavesThatDesignAlone() {
        Document d = new Document(empty, null);
        d.execute(rename(d.topology(), "a"));
        var marker = d.stateMarker();
        Path opened = Path.of("/projects/other.peerplan.yaml");
        d.reset(Topology.empty("other"), opened, true);
        d.markSaved(marker, Path.of("/projects/first.peerplan.yaml"));
        assertThat(d.file()).isEqualTo(opened);
        assertThat(d.isDirty()).as("recovered, not yet saved").isTrue();
    }

    @Test
    void emptyEditsAreNotRecordedAndStaleOnesAreRefused() {
        Document d = new Document(empty, null);
        assertThat(d.execute(new Edit("nothing", empty, empty))).isFalse();
        assertThat(d.undoDepth()).isZero();
        Edit stale = rename(empty, "a");
        d.execute(rename(empty, "b"));
        assertThatThrownBy(() -> d.execute(stale)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEditPushedWhileAnotherIsAppliedIsRefused() {
        Document d = new Document(empty, null);
        d.topologyProperty().addListener((o, a, b) -> d.execute(rename(b, "nested")));
        // JavaFX hands a listener's exception to the thread's uncaught-exception handler.
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> thrown = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            d.execute(rename(empty, "a"));
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }
        assertThat(thrown).singleElement().isInstanceOf(IllegalStateException.class)
                .extracting(Throwable::getMessage).asString().contains("while another");
        assertThat(d.topology().name()).isEqualTo("a");
        assertThat(d.undoDepth()).isEqualTo(1);
    }

    @Test
    void historyIsBounded() {
        Document d = new Document(empty, null);
        for (int i = 0; i < Document.MAX_UNDO + 20; i++) {
            d.execute(rename(d.topology(), "n" + i));
        }
        assertThat(d.undoDepth()).isEqualTo(Document.MAX_UNDO);
        assertThat(d.revisionProperty().get()).isGreaterThan(Document.MAX_UNDO);
    }

    @Test
    void resetClearsHistoryAndCanStartDirty() {
        Document d = new Document(empty, null);
        d.execute(rename(d.topology(), "a"));
        d.reset(empty, Path.of("r"), true);
        assertThat(d.undoDepth()).isZero();
        assertThat(d.isDirty()).as("a recovered design is unsaved").isTrue();
    }
}
