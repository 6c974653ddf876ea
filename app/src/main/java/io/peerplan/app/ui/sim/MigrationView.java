package io.peerplan.app.ui.sim;

import io.peerplan.export.SpeakerObjects;
import io.peerplan.model.Speaker;
import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SpeakerComparison;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The migration report in the designer: for the current design with the picked clusters switched to
 * the picked speaker, where each anycast IP is served before and after, the sessions that change,
 * the failover budget before and after with the requests lost at the panel's request rate, and the
 * objects to apply (the figures of {@code peerplan compare}, from {@link MigrationViewModel}).
 */
final class MigrationView extends BorderPane {
    private final TableView<SpeakerComparison.Placement> placements = Columns.table("migration-placements", "Compare to see the placement.");
    private final TableView<SpeakerComparison.SessionChange> sessions = Columns.table("migration-sessions", "No session changes.");
    private final TableView<SpeakerComparison.Failover> failover = Columns.table("migration-failover", "No served IP.");
    private final TableView<SpeakerObjects.Entry> objects = Columns.table("migration-objects", "No objects.");
    private final TabPane sections = new TabPane();
    private final Label summary = new Label("Pick the clusters and a speaker, then Compare.");

    MigrationView(MigrationViewModel migration, SimulationViewModel simulation) {
        ComboBox<Optional<String>> scope = combo("migration-cluster", migration.scopes(), c -> c.map(id -> "cluster " + id).orElse("every cluster"));
        scope.valueProperty().bindBidirectional(migration.clusterProperty());
        ComboBox<Speaker> speaker = combo("migration-speaker", javafx.collections.FXCollections.observableArrayList(Speaker.values()), Speaker::label);
        speaker.valueProperty().bindBidirectional(migration.speakerProperty());
        Button compare = new Button("Compare");
        compare.setId("migration-compare");
        compare.setOnAction(e -> migration.compare());
        compare.disableProperty().bind(migration.runningProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(migration.runningProperty());
        summary.setId("migration-summary");
        summary.setWrapText(true);
        // Each group wraps as a whole in a narrow panel: a field is never parted from its label.
        FlowPane bar = new FlowPane(12, 4, row(new Label("Switch"), scope, new Label("to"), speaker), row(compare, busy),
                row(new Label("Requests per second:"), BudgetView.rateSpinner(simulation, "migration-rate")));
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, summary);
        top.setPadding(new Insets(4));
        setTop(top);
        placements.getColumns().setAll(List.of(Columns.text("Service IP", 105, p -> p.serviceIp().toString()),
                Columns.text("From", 70, SpeakerComparison.Placement::vantage), Columns.wrapped("Before", 250, p -> where(p.before())),
                Columns.wrapped("After", 250, p -> p.changed() ? where(p.after()) : "unchanged")));
        sessions.getColumns().setAll(List.of(Columns.wrapped("Session", 240, SpeakerComparison.SessionChange::session),
                Columns.wrapped("Before", 160, s -> state(s.before())), Columns.wrapped("After", 160, s -> state(s.after()))));
        failover.getColumns().setAll(List.of(Columns.text("Service IP", 105, f -> f.serviceIp().toString()),
                Columns.text("From", 70, SpeakerComparison.Failover::vantage),
                Columns.wrapped("Before", 110, f -> detection(f.before())), Columns.wrapped("Lost before", 80, f -> lost(f.before(), simulation)),
                Columns.wrapped("After", 110, f -> detection(f.after())), Columns.wrapped("Lost after", 80, f -> lost(f.after(), simulation)),
                Columns.wrapped("Why after", 500, f -> f.after() == null ? "" : f.after().detection().explanation())));
        objects.getColumns().setAll(List.of(Columns.wrapped("Object", 300, o -> o.kind() + " " + o.name()),
                Columns.text("File", 150, SpeakerObjects.Entry::file)));
        // Columns share the panel's width and long values wrap, so no text is cut; the addresses and
        // files (no spaces to wrap at) keep their width. In the compact layout's narrow column the
        // columns keep the widths their content took and the table scrolls sideways.
        for (TableView<?> t : List.of(placements, sessions, failover, objects)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            t.getColumns().stream().filter(c -> List.of("Service IP", "File").contains(c.getText())).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        }
        // One table at a time, each filling the panel: the bottom panel is a few rows high on a laptop.
        // Short titles, so the four fit the compact layout's column; the summary above gives the counts.
        sections.getTabs().setAll(new Tab("Placement", placements), new Tab("Sessions", sessions), new Tab("Failover", failover),
                new Tab("Objects", objects));
        sections.getTabs().forEach(t -> t.setClosable(false));
        sections.getTabs().get(2).setTooltip(new javafx.scene.control.Tooltip(
                "For each served IP: the slowest failure detection of the speakers' own sessions on its serving paths"));
        sections.setId("migration-sections");
        setCenter(sections);
        migration.resultProperty().addListener((o, a, m) -> show(m, simulation));
        simulation.requestRateProperty().addListener((o, a, b) -> show(migration.resultProperty().get(), simulation));
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    private void show(MigrationViewModel.Migration m, SimulationViewModel simulation) {
        if (m == null) {
            return;
        }
        if (m.error() != null) {
            summary.setText(m.error());
            List.of(placements, sessions, failover, objects).forEach(t -> t.getItems().clear());
            return;
        }
        SpeakerComparison c = m.comparison();
        placements.getItems().setAll(c.placements());
        sessions.getItems().setAll(c.sessions());
        failover.getItems().setAll(c.failover());
        objects.getItems().setAll(m.objects());
        failover.refresh();
        summary.setText(m.change().scope().substring(0, 1).toUpperCase() + m.change().scope().substring(1) + " to "
                + summary(c, m.objects().size(), simulation.requestRateProperty().get()));
    }

    /** One line: placement, the slowest failover after the switch against before, and the objects. */
    static String summary(SpeakerComparison c, int objectCount, double rps) {
        StringBuilder b = new StringBuilder(c.to().label()).append(": placement ").append(c.placementUnchanged() ? "unchanged" : "CHANGES");
        c.failover().stream().filter(f -> f.before() != null && f.after() != null)
                .max(Comparator.comparingLong(f -> f.after().requestsLost(rps)))
                .ifPresent(f -> b.append("; failover ").append(detection(f.before())).append(" → ").append(detection(f.after()))
                        .append(", ").append(about(f.before().detection(), rps)).append(" → ")
                        .append(about(f.after().detection(), rps)).append(" requests lost at ").append(rate(rps)).append(" rps"));
        return b.append("; ").append(c.sessions().size()).append(" sessions change; ").append(objectCount).append(" objects to apply").toString();
    }

    private static String about(Detection d, double rps) {
        return d.mechanism() == Detection.Mechanism.NEVER ? BudgetView.lost(d, rps) : "~" + BudgetView.lost(d, rps);
    }

    private static String where(List<String> w) {
        return w.isEmpty() ? "not served" : String.join(", ", w);
    }

    private static String state(SessionState s) {
        return s == null ? "absent" : (s.up() ? "up, " : "down, ") + (s.detection() == null ? "no detection" : detection(s.detection()));
    }

    private static String detection(FailoverBudget.SessionBudget s) {
        return s == null ? "not served" : detection(s.detection());
    }

    private static String detection(Detection d) {
        return d.mechanism().label() + " " + d.seconds();
    }

    private static String lost(FailoverBudget.SessionBudget s, SimulationViewModel simulation) {
        return s == null ? "" : BudgetView.lost(s.detection(), simulation.requestRateProperty().get());
    }

    private static String rate(double rps) {
        return rps == Math.rint(rps) ? String.valueOf((long) rps) : String.valueOf(rps);
    }
}
