package io.peerplan.app.cli;

import io.peerplan.export.PushCandidates;
import io.peerplan.export.push.CancelToken;
import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.export.push.DeviceReport;
import io.peerplan.export.push.PassphrasePrompt;
import io.peerplan.export.push.PushFailure;
import io.peerplan.export.push.PushOptions;
import io.peerplan.export.push.PushPlan;
import io.peerplan.export.push.PushReport;
import io.peerplan.export.push.PushRunner;
import io.peerplan.export.push.SshSettings;
import io.peerplan.export.push.SshjConnector;
import io.peerplan.model.Topology;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peerplan push FILE}: shows the plan and every device's diff (a dry run over SSH), asks
 * for confirmation unless {@code --yes}, then applies, verifies and rolls back failures. Ctrl-C
 * cancels; devices already being applied are rolled back before the command exits.
 */
@Command(name = "push", description = {"Push the design to the managed FRR and Quagga routers over SSH (and MetalLB objects through kubectl).",
        "Plan, diff, confirm, save, apply, verify; any failure after the save rolls the device back.",
        "Host keys must be in known_hosts; authentication by ssh-agent or --identity. RouterOS is not pushed yet."})
final class PushCommand implements Callable<Integer> {
    /** Exit code when a device failed, was rolled back or was cancelled. */
    static final int DEVICE_FAILED = 3;
    /** Where the confirmation answer is read from (tests replace it). */
    static BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|sample:NAME")
    String project;

    @Option(names = "--only", paramLabel = "ID", description = "Push only these routers or clusters (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--dry-run", description = "Show the plan and the diffs, change nothing.")
    boolean dryRun;

    @Option(names = "--known-hosts", paramLabel = "F", description = "known_hosts file to check host keys against (default ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--identity", paramLabel = "F", description = "Private key file (repeatable); its passphrase is asked for, never stored.")
    List<Path> identities = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "N", description = "Devices pushed at once (default ${DEFAULT-VALUE}).", defaultValue = "4")
    int parallel;

    @Option(names = "--yes", description = "Apply without asking for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Topology t = ProjectArgument.load(project, err);
        if (t == null) {
            return ExitCodes.INPUT_ERRORS;
        }
        if (parallel < 1) {
            err.println("peerplan push: --parallel must be at least 1");
            return ExitCodes.USAGE;
        }
        PushPlan plan;
        try {
            plan = PushPlan.of(t, only);
        } catch (IllegalArgumentException e) {
            err.println("peerplan push: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("Push plan for " + project + ":");
        out.print(plan.targets().isEmpty() ? "  (no managed router or cluster)\n" : plan.describe(dryRun));
        out.flush();
        if (plan.supported().isEmpty()) {
            out.println("Nothing Peerplan can push.");
            return ExitCodes.OK;
        }
        // sshj logs through slf4j; without a provider slf4j would print a warning on every run.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        SshjConnector connector;
        try {
            connector = SshjConnector.open(settings());
        } catch (PushFailure f) {
            err.println("peerplan push: " + f.getMessage());
            return ExitCodes.INPUT_ERRORS;
        }
        PushOptions options = PushOptions.DEFAULTS.withParallelism(parallel);
        PushProgress progress = new PushProgress(out);

        out.println();
        out.println("Previewing (connect, upload, syntax check and diff on each device; nothing is changed)...");
        PushReport preview = run(PushCandidates.runner(t, connector, options.withDryRun(true), progress), plan);
        progress.diffs(preview);
        Map<String, String> toApply = new LinkedHashMap<>();
        preview.devices().stream().filter(d -> d.outcome() == DeviceOutcome.PREVIEWED).forEach(d -> toApply.put(d.device(), d.diff()));
        if (dryRun || toApply.isEmpty()) {
            progress.report(preview);
            out.println(dryRun ? "Dry run: nothing was changed." : "Nothing to change.");
            return preview.allOk() ? ExitCodes.OK : DEVICE_FAILED;
        }
        if (!yes && !confirm(out, toApply.size())) {
            out.println("Not applied: nothing was changed.");
            return ExitCodes.OK;
        }
        PushPlan applyPlan = new PushPlan(plan.targets().stream().filter(tg -> toApply.containsKey(tg.id())).toList());
        out.println();
        out.println("Applying to " + applyPlan.targets().size() + " device(s)...");
        PushReport report = run(PushCandidates.runner(t, connector, options, progress), applyPlan, toApply);
        // One report in plan order: applied devices from this run, the others from the preview.
        List<DeviceReport> all = new ArrayList<>();
        for (DeviceReport d : preview.devices()) {
            all.add(toApply.containsKey(d.device()) ? report.device(d.device()) : d);
        }
        PushReport combined = new PushReport(all);
        progress.report(combined);
        return combined.allOk() ? ExitCodes.OK : DEVICE_FAILED;
    }

    private SshSettings settings() {
        SshSettings s = SshSettings.defaults().withIdentities(identities).withPassphrases(PushCommand::askPassphrase);
        return knownHosts == null ? s : s.withKnownHosts(knownHosts);
    }

    private static char[] askPassphrase(String keyFile) {
        Console c = System.console();
        // Never read a passphrase from a pipe or echo it: without a terminal, use ssh-agent.
        // Since JDK 22 System.console() may exist without a terminal (Console.isTerminal()).
        return c == null || !c.isTerminal() ? PassphrasePrompt.NONE.passphrase(keyFile) : c.readPassword("Passphrase for %s: ", keyFile);
    }

    private boolean confirm(PrintWriter out, int devices) {
        out.print("Apply these changes to " + devices + " device(s)? [y/N] ");
        out.flush();
        try {
            String answer = answers.readLine();
            if (answer == null) {
                out.println();
                out.println("No answer on standard input; use --yes to push without asking.");
                return false;
            }
            return answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes");
        } catch (IOException e) {
            return false;
        }
    }

    private static PushReport run(PushRunner runner, PushPlan plan) {
        return run(runner, plan, Map.of());
    }

    /** Runs with Ctrl-C wired to cancellation: the JVM waits for rollbacks before it exits. */
    private static PushReport run(PushRunner runner, PushPlan plan, Map<String, String> approved) {
        CancelToken cancel = new CancelToken();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                done.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "peerplan-push-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runner.run(plan, cancel, approved);
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for this very countDown.
            }
        }
    }
}
