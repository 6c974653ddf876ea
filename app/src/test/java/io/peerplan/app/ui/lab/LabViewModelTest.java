package io.peerplan.app.ui.lab;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.lab.LabCancelledException;
import io.peerplan.export.lab.LabComparison;
import io.peerplan.export.lab.LabException;
import io.peerplan.export.lab.LabPlan;
import io.peerplan.export.lab.LabProgress;
import io.peerplan.export.lab.LabRib;
import io.peerplan.export.lab.LabStateStore;
import io.peerplan.export.lab.Prediction;
import io.peerplan.export.lab.Preflight;
import io.peerplan.export.lab.Rehearsal;
import io.peerplan.export.lab.SimulatorPrediction;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab panel's view-model without JavaFX: the machine check, the scenario it plays, the run on
 * its worker with steps, cancel and failure, and the agreement table's rows, filter and summary.
 * The table is filled from the simulator's real prediction for two-dc-anycast, compared by the
 * lab's real {@link io.peerplan.export.lab.LabComparison}; the last test runs (and cancels) a real lab.
 */
class LabViewModelTest {
    private static final Topology SEED = load();

    private static Topology load() {
        try {
            return Samples.load("two-dc-anycast");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A machine without root and without FRR, as the CLI's Preflight describes it. */
    static final Preflight.Machine BARE = new Preflight.Machine() {
        @Override
        public boolean isRoot() {
            return false;
        }

        @Override
        public boolean isExecutable(Path file) {
            return false;
        }

        @Override
        public boolean onPath(String tool) {
            return !tool.equals("vtysh");
        }

        @Override
        public boolean hasUser(String name) {
            return false;
        }
    };

    @TempDir
    Path tmp;

    private static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** What FRR would hold if it chose exactly what the simulator predicts, as LabRibs. */
    private static Map<String, LabRib> asFrrWouldShow(Prediction p) {
        Map<String, LabRib> out = new LinkedHashMap<>();
        p.entries().forEach((id, entries) -> {
            Map<IpPrefix, List<LabRib.Path>> routes = new HashMap<>();
            entries.forEach((prefix, b) -> {
                List<LabRib.Path> paths = new ArrayList<>();
                paths.add(new LabRib.Path(b.peer(), b.asPath(), "IGP", null, null, 0, b.nextHop(), true, true, b.reason(),
                        false, false));
                for (Ip other : b.multipath()) {
                    if (!other.equals(b.peer())) {
                        paths.add(new LabRib.Path(other, b.asPath(), "IGP", null, null, 0, other, true, false, null, true,
                                false));
                    }
                }
                routes.put(prefix, paths);
            });
            out.put(id, new LabRib(id, routes));
        });
        return out;
    }

    /** An outcome as Rehearsal returns it, with one entry's FRR reason changed to "Older Path". */
    private static Rehearsal.Outcome outcome(LabPlan plan, Scenario s, boolean oneDisagreement) {
        Prediction p = SimulatorPrediction.of(Simulator.run(SEED, s));
        Map<String, LabRib> ribs = asFrrWouldShow(p);
        if (oneDisagreement) {
            LabRib vantage = ribs.get("internet");
            IpPrefix anycast = IpPrefix.parse("203.0.113.70/32");
            List<LabRib.Path> paths = new ArrayList<>(vantage.routes().get(anycast));
            LabRib.Path b = paths.getFirst();
            paths.set(0, new LabRib.Path(b.peer(), b.asPath(), b.origin(), b.med(), b.localPref(), b.weight(), b.nextHop(),
                    true, true, "Older Path", false, false));
            Map<IpPrefix, List<LabRib.Path>> routes = new HashMap<>(vantage.routes());
            routes.put(anycast, paths);
            ribs.put("internet", new LabRib("internet", routes));
        }
        LabComparison.Report report = LabComparison.compare(ribs, p, p.entries().keySet());
        return new Rehearsal.Outcome(plan, s, List.of(), report, ribs, p, true, Duration.ofMillis(5700),
                Duration.ofMillis(520), Duration.ofNanos(390_000), List.of());
    }

    @Test
    void withoutRootOrFrrItSaysWhatIsMissingAndHowToInstallItAndDoesNotStart() {
        List<String> ran = new CopyOnWriteArrayList<>();
        LabViewModel m = new LabViewModel(() -> SEED, () -> null, () -> Preflight.missing(BARE),
                (t, plan, s, progress) -> {
                    ran.add(plan.labId());
                    return outcome(plan, s, false);
                }, Runnable::run);

        assertThat(m.status().phase()).isEqualTo(LabViewModel.Phase.UNAVAILABLE);
        assertThat(m.canRehearse()).isFalse();
        assertThat(m.disabledReason()).startsWith("The lab cannot run here:")
                .contains("root: creating network namespaces and starting FRR needs root (run with sudo)")
                .contains("FRR: /usr/lib/frr/zebra is missing; install FRR 8.4 or newer: apt-get install -y frr frr-pythontools")
                .contains("vtysh: not on PATH; it comes with FRR: apt-get install -y frr")
                .contains("user frr: missing");
        assertThat(m.status().missing()).hasSize(4);
        assertThat(m.rehearse()).isFalse();
        assertThat(ran).isEmpty();

        // Once the machine has everything, the action is there.
        m.usePrerequisites(List::of);
        assertThat(m.status().phase()).isEqualTo(LabViewModel.Phase.READY);
        assertThat(m.disabledReason()).isNull();
        m.close();
    }

    @Test
    void runsOnItsWorkerReportsEveryStepAndFillsTheAgreementTable() throws Exception {
        List<LabProgress.Step> seen = new CopyOnWriteArrayList<>();
        AtomicReference<String> thread = new AtomicReference<>();
        LabViewModel m = new LabViewModel(() -> SEED, () -> null, List::of, (t, plan, s, progress) -> {
            thread.set(Thread.currentThread().getName());
            for (LabProgress.Step step : LabProgress.Step.values()) {
                progress.step(step);
            }
            return outcome(plan, s, true);
        }, Runnable::run);
        m.addListener(() -> {
            LabProgress.Step s = m.status().step();
            if (s != null && (seen.isEmpty() || seen.getLast() != s)) {
                seen.add(s);
            }
        });

        assertThat(m.rehearse()).isTrue();
        await("the rehearsal", () -> m.status().phase() == LabViewModel.Phase.DONE, Duration.ofSeconds(10));

        assertThat(thread.get()).isEqualTo("peerplan-lab").isNotEqualTo(Thread.currentThread().getName());
        assertThat(seen).containsExactly(LabProgress.Step.values());
        List<AgreementRow> rows = m.status().rows();
        int total = m.status().outcome().comparison().entries().size();
        assertThat(rows).hasSize(total).hasSizeGreaterThan(10);
        assertThat(m.summary()).isEqualTo((total - 1) + " of " + total + " (speaker, prefix) best paths agree ("
                + Math.round((total - 1) * 100.0 / total) + " %)");
        assertThat(m.status().message()).startsWith("Rehearsed on lab " + m.status().plan().labId() + " (")
                .endsWith("then removed it: 1 (speaker, prefix) differ.");
        assertThat(m.timing()).isEqualTo("FRR converged 520 ms after the routes were released; the simulator computed"
                + " the same answers in 0.39 ms (1,333× sooner). Lab built in 5.7 s.");

        AgreementRow gateway = rows.stream().filter(r -> r.speaker().equals("gateway-alfa-unoone")
                && r.prefix().toString().equals("203.0.113.70/32")).findFirst().orElseThrow();
        assertThat(gateway.role()).isEqualTo("router");
        assertThat(gateway.agrees()).isTrue();
        assertThat(gateway.labPath()).isEqualTo(gateway.simulatorPath()).startsWith("from ");
        assertThat(gateway.labReason()).isEqualTo(gateway.simulatorReason()).isNotEmpty();

        m.setOnlyDisagreements(true);
        assertThat(m.visibleRows()).singleElement().satisfies(r -> {
            assertThat(r.speaker()).isEqualTo("internet");
            assertThat(r.role()).isEqualTo("vantage");
            assertThat(r.prefix()).hasToString("203.0.113.70/32");
            assertThat(r.labReason()).isEqualTo("Older Path");
            assertThat(r.simulatorReason()).isNotEqualTo("Older Path");
            assertThat(r.differences()).isEqualTo("reason");
            assertThat(r.agrees()).isFalse();
        });
        m.setOnlyDisagreements(false);
        assertThat(m.visibleRows()).hasSize(total);
        assertThat(m.canRehearse()).isTrue();
        m.close();
    }

    @Test
    void playsTheScenarioSimulationModeHasSetOrTheBaselineAndSaysWhich() throws Exception {
        AtomicReference<Scenario> simulation = new AtomicReference<>();
        AtomicReference<Scenario> played = new AtomicReference<>();
        LabViewModel m = new LabViewModel(() -> SEED, simulation::get, List::of, (t, plan, s, progress) -> {
            played.set(s);
            return outcome(plan, s, false);
        }, Runnable::run);

        assertThat(m.scenario()).isEqualTo(Scenario.BASELINE);
        assertThat(m.scenarioNote()).startsWith("Scenario: baseline. Simulation mode is off");

        simulation.set(Scenario.failing("alfa"));
        m.recheck();
        assertThat(m.status().scenarioNote()).startsWith("Scenario from simulation mode: fail alfa.");
        assertThat(m.rehearse()).isTrue();
        await("the rehearsal", () -> m.status().phase() == LabViewModel.Phase.DONE, Duration.ofSeconds(10));
        assertThat(played.get()).isEqualTo(Scenario.failing("alfa"));
        assertThat(m.summary()).endsWith("(100 %)");
        assertThat(m.timing()).startsWith("FRR reached the what-if's tables 520 ms after it was applied");

        LabViewModel none = new LabViewModel(() -> SEED, null, List::of, (t, plan, s, progress) -> null, Runnable::run);
        assertThat(none.scenarioNote()).isEqualTo("Scenario: baseline (no simulation scenario is available here).");
        m.close();
        none.close();
    }

    @Test
    void cancelStopsTheRunAndAFailureSaysWhatFailed() throws Exception {
        LabViewModel m = new LabViewModel(() -> SEED, () -> null, List::of, (t, plan, s, progress) -> {
            progress.step(LabProgress.Step.DAEMONS);
            while (!progress.cancelRequested()) {
                Thread.onSpinWait();
            }
            progress.step(LabProgress.Step.CLEANUP);
            throw new LabCancelledException("cancelled");
        }, Runnable::run);
        assertThat(m.rehearse()).isTrue();
        await("the daemons step", () -> m.status().step() == LabProgress.Step.DAEMONS, Duration.ofSeconds(10));
        assertThat(m.canRehearse()).isFalse();
        assertThat(m.disabledReason()).isEqualTo("A rehearsal is running.");
        m.cancel();
        assertThat(m.status().phase()).isIn(LabViewModel.Phase.CANCELLING, LabViewModel.Phase.CANCELLED);
        await("the cancel", () -> m.status().phase() == LabViewModel.Phase.CANCELLED, Duration.ofSeconds(10));
        assertThat(m.status().message()).startsWith("Cancelled. Lab " + m.status().plan().labId() + " is gone")
                .contains(m.status().plan().namespaces().size() + " namespaces removed");
        assertThat(m.status().rows()).isEmpty();
        m.close();

        LabViewModel failing = new LabViewModel(() -> SEED, () -> null, List::of, (t, plan, s, progress) -> {
            throw new LabException("bgpd in pp-abc123-antares did not start");
        }, Runnable::run);
        assertThat(failing.rehearse()).isTrue();
        await("the failure", () -> failing.status().phase() == LabViewModel.Phase.FAILED, Duration.ofSeconds(10));
        assertThat(failing.status().message()).isEqualTo("The lab failed: bgpd in pp-abc123-antares did not start"
                + " (everything it had created was removed).");
        assertThat(failing.canRehearse()).isTrue();
        failing.close();
    }

    @Test
    @Tag("lab")
    void cancellingARealRehearsalWhileItComparesTakesTheConvergedLabDown() throws Exception {
        Requires.nothingMissing(Preflight.report());
        LabStateStore store = new LabStateStore(tmp.resolve("state"));
        LabViewModel m = new LabViewModel(() -> SEED, () -> null, Preflight::missing,
                (t, plan, s, progress) -> Rehearsal.run(t, plan, s, store, progress), Runnable::run);
        List<LabProgress.Step> seen = new CopyOnWriteArrayList<>();
        m.addListener(() -> {
            LabProgress.Step step = m.status().step();
            if (step != null && !seen.contains(step)) {
                seen.add(step);
            }
            if (step == LabProgress.Step.SCENARIO) {
                m.cancel();
            }
        });
        assertThat(m.rehearse()).isTrue();
        LabPlan plan = m.status().plan();
        await("the cancelled rehearsal", () -> m.status().phase() == LabViewModel.Phase.CANCELLED
                || m.status().phase() == LabViewModel.Phase.FAILED, Duration.ofSeconds(120));
        assertThat(m.status().phase()).as(m.status().message()).isEqualTo(LabViewModel.Phase.CANCELLED);
        // The lab was fully up (every step of up ran) before the cancel, then cleaned up.
        assertThat(seen).containsSubsequence(LabProgress.Step.NAMESPACES, LabProgress.Step.DAEMONS,
                LabProgress.Step.SESSIONS, LabProgress.Step.CONVERGENCE, LabProgress.Step.SCENARIO,
                LabProgress.Step.CLEANUP);
        assertThat(namespaces()).doesNotContainAnyElementsOf(plan.namespaces());
        assertThat(Files.exists(store.runDir(plan.labId()))).isFalse();
        m.close();
    }

    @Test
    void theViewModelAndItsRowsKnowNoJavaFx() throws Exception {
        for (Class<?> c : List.of(LabViewModel.class, LabViewModel.Status.class, LabViewModel.Runner.class,
                LabViewModel.ScenarioSource.class, AgreementRow.class, Timing.class)) {
            String file = c.getName().substring(c.getPackageName().length() + 1) + ".class";
            try (var in = c.getResourceAsStream(file)) {
                // Class names a class uses sit in its constant pool as UTF-8 text.
                String constants = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(constants).as(c.getName()).contains("io/peerplan").doesNotContain("javafx/");
            }
        }
    }

    /** Namespaces that exist now, by name. */
    static List<String> namespaces() throws Exception {
        Process p = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out.lines().map(l -> l.split(" ")[0]).toList();
    }

    @Test
    @Tag("lab")
    void cancellingARealRehearsalWhileDaemonsStartRemovesEverythingItCreated() throws Exception {
        Requires.nothingMissing(Preflight.report());
        LabStateStore store = new LabStateStore(tmp.resolve("state"));
        LabViewModel m = new LabViewModel(() -> SEED, () -> null, Preflight::missing,
                (t, plan, s, progress) -> Rehearsal.run(t, plan, s, store, progress), Runnable::run);
        List<String> existedAtCancel = new CopyOnWriteArrayList<>();
        m.addListener(() -> {
            if (m.status().step() == LabProgress.Step.DAEMONS && m.status().phase() == LabViewModel.Phase.RUNNING) {
                try {
                    existedAtCancel.addAll(namespaces());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                m.cancel();
            }
        });
        assertThat(m.rehearse()).isTrue();
        LabPlan plan = m.status().plan();
        await("the cancelled rehearsal", () -> m.status().phase() == LabViewModel.Phase.CANCELLED
                || m.status().phase() == LabViewModel.Phase.FAILED, Duration.ofSeconds(90));
        assertThat(m.status().phase()).as(m.status().message()).isEqualTo(LabViewModel.Phase.CANCELLED);
        // The namespaces were there when the cancel came, and are gone now.
        assertThat(existedAtCancel).containsAll(plan.namespaces());
        assertThat(namespaces()).doesNotContainAnyElementsOf(plan.namespaces());
        assertThat(Files.exists(store.runDir(plan.labId()))).isFalse();
        assertThat(Files.exists(Path.of("/var/run/frr", plan.hosts().getFirst().namespace()))).isFalse();
        m.close();
    }
}
