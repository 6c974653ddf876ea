package io.peerplan.app.ui.lab;

import io.peerplan.export.lab.LabCancelledException;
import io.peerplan.export.lab.LabException;
import io.peerplan.export.lab.LabPlan;
import io.peerplan.export.lab.LabProgress;
import io.peerplan.export.lab.LabStateStore;
import io.peerplan.export.lab.Preflight;
import io.peerplan.export.lab.Rehearsal;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.Scenario;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * "Rehearse in lab" without the UI (no JavaFX types): whether this machine can run the lab (the
 * CLI's {@link Preflight} check, injectable), the scenario to play (simulation mode's what-if, or
 * the baseline), the run itself on a background worker (up, check, down: {@link Rehearsal}), the
 * step it is at, cancelling, and the agreement table with its filter and summary. State changes
 * reach listeners through {@code fx} (the FX thread in the designer).
 */
public final class LabViewModel implements AutoCloseable {
    /** Where the panel stands. */
    public enum Phase { UNAVAILABLE, READY, RUNNING, CANCELLING, DONE, CANCELLED, FAILED }

    /** Runs one rehearsal; {@link Rehearsal#run} in the designer. */
    @FunctionalInterface
    public interface Runner {
        Rehearsal.Outcome run(Topology t, LabPlan plan, Scenario scenario, LabProgress progress);
    }

    /** The scenario simulation mode has set, or null while simulation mode is off. */
    @FunctionalInterface
    public interface ScenarioSource {
        Scenario current();
    }

    /**
     * Everything the panel shows, replaced as a whole on every change.
     *
     * @param missing      what the machine lacks (each with its fix); empty when the lab can run
     * @param step         the step running now (null when nothing runs)
     * @param message      the headline: what happened or what is happening
     * @param scenarioNote which scenario is (or would be) rehearsed, and where it comes from
     * @param plan         the lab of the last run (its id and namespaces), null before any
     * @param outcome      the last finished rehearsal, null before any
     */
    public record Status(Phase phase, List<String> missing, LabProgress.Step step, String message,
            String scenarioNote, LabPlan plan, Rehearsal.Outcome outcome, List<AgreementRow> rows) {
        public Status {
            missing = List.copyOf(missing);
            rows = List.copyOf(rows);
        }

        Status with(Phase p, LabProgress.Step s, String m) {
            return new Status(p, missing, s, m, scenarioNote, plan, outcome, rows);
        }
    }

    private final Supplier<Topology> topology;
    private final ScenarioSource scenarios;
    private final Runner runner;
    private final Executor fx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "peerplan-lab");
        // A daemon: the JVM may exit mid-run; Lab.up's and Rehearsal's shutdown hooks then clean up.
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Supplier<List<String>> prerequisites;
    private final AtomicReference<Status> status = new AtomicReference<>();
    private volatile boolean onlyDisagreements;
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    /** The designer's lab: this machine's prerequisites, the lab state under {@code /run/peerplan-lab}. */
    public LabViewModel(Supplier<Topology> topology, ScenarioSource scenarios, Executor fx) {
        this(topology, scenarios, Preflight::missing,
                (t, plan, s, progress) -> Rehearsal.run(t, plan, s, new LabStateStore(), progress), fx);
    }

    public LabViewModel(Supplier<Topology> topology, ScenarioSource scenarios, Supplier<List<String>> prerequisites,
            Runner runner, Executor fx) {
        this.topology = topology;
        this.scenarios = scenarios;
        this.prerequisites = prerequisites;
        this.runner = runner;
        this.fx = fx;
        this.status.set(new Status(Phase.READY, List.of(), null, "", "", null, null, List.of()));
        recheck();
    }

    /** Asks the machine again (after the user installed what was missing). */
    public void recheck() {
        List<String> missing = prerequisites.get();
        String noteNow = scenarioNote();
        update(s -> {
            Phase p = s.phase() == Phase.RUNNING || s.phase() == Phase.CANCELLING ? s.phase()
                    : !missing.isEmpty() ? Phase.UNAVAILABLE : s.phase() == Phase.UNAVAILABLE ? Phase.READY : s.phase();
            String message = p == Phase.UNAVAILABLE ? unavailableReason(missing)
                    : p == Phase.READY ? "Ready: builds this design on real FRR daemons in network namespaces, plays the"
                            + " scenario, compares every (speaker, prefix) with the simulator, then removes the lab."
                            : s.message();
            // Before a run the note says what a rehearsal would play now; after one, what it played.
            String note = p == Phase.READY || p == Phase.UNAVAILABLE ? noteNow : s.scenarioNote();
            return new Status(p, missing, s.step(), message, note, s.plan(), s.outcome(), s.rows());
        });
    }

    /** Replaces the prerequisite check (tests, or a machine description) and checks again. */
    public void usePrerequisites(Supplier<List<String>> check) {
        this.prerequisites = check;
        recheck();
    }

    /** "The lab cannot run here:" and every missing piece with how to install it, one a line. */
    public static String unavailableReason(List<String> missing) {
        return "The lab cannot run here:\n  - " + String.join("\n  - ", missing);
    }

    /** Whether "Rehearse in lab" can start now. */
    public boolean canRehearse() {
        Phase p = status.get().phase();
        return p != Phase.UNAVAILABLE && p != Phase.RUNNING && p != Phase.CANCELLING;
    }

    /** Why "Rehearse in lab" cannot start, or null when it can. */
    public String disabledReason() {
        Status s = status.get();
        return switch (s.phase()) {
            case UNAVAILABLE -> unavailableReason(s.missing());
            case RUNNING, CANCELLING -> "A rehearsal is running.";
            default -> null;
        };
    }

    /** The scenario a rehearsal would play now: simulation mode's, or the baseline while it is off. */
    public Scenario scenario() {
        Scenario s = scenarios == null ? null : scenarios.current();
        return s == null ? Scenario.BASELINE : s;
    }

    /** Which scenario is rehearsed and why, for the panel. */
    public String scenarioNote() {
        Scenario s = scenarios == null ? null : scenarios.current();
        if (scenarios == null) {
            return "Scenario: baseline (no simulation scenario is available here).";
        }
        if (s == null) {
            return "Scenario: baseline. Simulation mode is off; turn it on and fail elements or change a prepend to"
                    + " rehearse that what-if instead.";
        }
        if (s.isBaseline()) {
            return "Scenario: baseline (simulation mode has no what-if set).";
        }
        return "Scenario from simulation mode: " + s.describe() + ". The lab converges on the baseline first, then"
                + " plays it, as the simulator computes a what-if.";
    }

    /**
     * Starts a rehearsal of the current design and scenario on the worker; returns false when it
     * cannot start (see {@link #disabledReason()}), or when the design cannot be built as a lab
     * (the status then says why).
     */
    public boolean rehearse() {
        recheck();
        if (!canRehearse()) {
            return false;
        }
        Topology t = topology.get();
        Scenario scenario = scenario();
        String note = scenarioNote();
        LabPlan plan;
        try {
            plan = Rehearsal.plan(t);
        } catch (LabException | IllegalArgumentException e) {
            set(new Status(Phase.FAILED, List.of(), null, "This design cannot be built as a lab: " + e.getMessage(),
                    note, null, null, List.of()));
            return false;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        set(new Status(Phase.RUNNING, List.of(), null, "Starting lab " + plan.labId() + ": " + plan.hosts().size()
                + " FRR hosts, " + plan.switches().size() + " networks, " + plan.sessions().size() + " sessions.",
                note, plan, null, List.of()));
        LabProgress progress = new LabProgress() {
            @Override
            public void step(Step step) {
                fx.execute(() -> update(s -> switch (s.phase()) {
                    case RUNNING -> s.with(Phase.RUNNING, step, step.text() + "…");
                    case CANCELLING -> s.with(Phase.CANCELLING, step, s.message());
                    default -> s;
                }));
            }

            @Override
            public boolean cancelRequested() {
                return cancelled.get();
            }
        };
        worker.execute(() -> run(t, plan, scenario, note, progress));
        return true;
    }

    private void run(Topology t, LabPlan plan, Scenario scenario, String note, LabProgress progress) {
        Status done;
        try {
            Rehearsal.Outcome o = runner.run(t, plan, scenario, progress);
            List<AgreementRow> rows = AgreementRow.of(o.comparison(), o.ribs(), o.prediction(), plan);
            done = new Status(Phase.DONE, List.of(), null, headline(o, plan), note, plan, o, rows);
        } catch (LabCancelledException e) {
            done = new Status(Phase.CANCELLED, List.of(), null, "Cancelled. Lab " + plan.labId() + " is gone: its daemons"
                    + " were stopped and its " + plan.namespaces().size() + " namespaces removed.", note, plan, null,
                    List.of());
        } catch (RuntimeException e) {
            done = new Status(Phase.FAILED, List.of(), null, "The lab failed: " + (e.getMessage() == null ? e.toString()
                    : e.getMessage()) + " (everything it had created was removed).", note, plan, null, List.of());
        }
        Status result = done;
        fx.execute(() -> {
            set(result);
            recheck();
        });
    }

    private static String headline(Rehearsal.Outcome o, LabPlan plan) {
        String s = "Rehearsed on lab " + plan.labId() + " (" + plan.hosts().size() + " FRR hosts, " + plan.sessions().size()
                + " sessions), then removed it" + (o.comparison().allAgree() ? "." : ": "
                + o.comparison().disagreements().size() + " (speaker, prefix) differ.");
        if (!o.converged()) {
            s += " FRR did not reach the predicted tables within " + Rehearsal.CHECK_TIMEOUT.toSeconds() + " s (a silent"
                    + " failure waits for BFD or the hold timer); compared what it held then.";
        }
        if (!o.cleanupProblems().isEmpty()) {
            s += " Cleanup left: " + String.join("; ", o.cleanupProblems());
        }
        return s;
    }

    /** Stops the running rehearsal; the lab removes what it created and the status turns CANCELLED. */
    public void cancel() {
        Status now = update(s -> s.phase() != Phase.RUNNING ? s
                : s.with(Phase.CANCELLING, s.step(), "Cancelling: stopping the lab and removing what it created…"));
        // The flag goes up only once the status says CANCELLING, so the worker's next step sees it.
        if (now.phase() == Phase.CANCELLING) {
            cancel.set(true);
        }
    }

    public Status status() {
        return status.get();
    }

    public boolean onlyDisagreements() {
        return onlyDisagreements;
    }

    /** Shows only the rows that disagree (or all of them again). */
    public void setOnlyDisagreements(boolean only) {
        onlyDisagreements = only;
        listeners.forEach(Runnable::run);
    }

    /** The rows the table shows under the current filter. */
    public List<AgreementRow> visibleRows() {
        List<AgreementRow> rows = status.get().rows();
        return onlyDisagreements ? rows.stream().filter(r -> !r.agrees()).toList() : rows;
    }

    /** "N of M (speaker, prefix) best paths agree (P %)", or empty before a finished rehearsal. */
    public String summary() {
        Status s = status.get();
        List<AgreementRow> rows = s.rows();
        if (s.outcome() == null) {
            return "";
        }
        long agree = rows.stream().filter(AgreementRow::agrees).count();
        long pct = rows.isEmpty() ? 100 : Math.round(agree * 100.0 / rows.size());
        return agree + " of " + rows.size() + " (speaker, prefix) best paths agree (" + pct + " %)";
    }

    /** The lab's convergence time against the simulator's for the same answers, or empty before a rehearsal. */
    public String timing() {
        Rehearsal.Outcome o = status.get().outcome();
        return o == null ? "" : Timing.describe(o);
    }

    /** Called (through {@code fx}) on every change of status or filter. */
    public void addListener(Runnable l) {
        listeners.add(l);
    }

    private void set(Status s) {
        update(old -> s);
    }

    /**
     * Every change is one atomic read-modify-write. The worker's progress and the user's cancel
     * can run on two threads (the fx executor is the caller's thread in tests and the CLI), and a
     * plain read-then-write let a progress step write RUNNING over CANCELLING.
     */
    private Status update(UnaryOperator<Status> change) {
        Status before;
        Status after;
        do {
            before = status.get();
            after = change.apply(before);
        } while (!status.compareAndSet(before, after));
        if (after != before) {
            listeners.forEach(Runnable::run);
        }
        return after;
    }

    /** Cancels a running rehearsal (its cleanup still runs) and stops accepting new ones. */
    @Override
    public void close() {
        cancel.set(true);
        worker.shutdown();
    }
}
