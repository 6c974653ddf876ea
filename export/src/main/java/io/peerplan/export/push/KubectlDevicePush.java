package io.peerplan.export.push;

import io.peerplan.model.Cluster;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The push of one cluster's MetalLB objects through its kubectl host: upload, {@code kubectl diff
 * --server-side}, save the objects as they are, {@code kubectl apply --server-side}, verify that
 * every object exists and nothing differs any more. A failure after the save restores: objects the
 * push created are deleted, the saved ones are applied back (cleaned of server-set fields).
 */
final class KubectlDevicePush {
    private final Cluster cluster;
    private final Endpoint endpoint;
    private final String manifests;
    private final SshConnector connector;
    private final PushOptions options;
    private final CancelToken cancel;
    private final StepLog log;
    private final String approvedDiff;
    private RemoteHost host;
    private String dir;
    private String diff = "";

    KubectlDevicePush(Cluster cluster, Endpoint endpoint, String manifests, SshConnector connector, PushOptions options,
            CancelToken cancel, PushListener listener, String approvedDiff) {
        this.cluster = cluster;
        this.endpoint = endpoint;
        this.manifests = manifests;
        this.connector = connector;
        this.options = options;
        this.cancel = cancel;
        this.log = new StepLog(cluster.id(), listener);
        this.approvedDiff = approvedDiff;
    }

    DeviceReport run() {
        Set<String> before = null;
        String savedYaml = null;
        KubectlCommands k = null;
        try {
            if (manifests.contains("@@SECRET:")) {
                // Exported manifests never hold a secret (io.peerplan.export.Secrets): applying one would set the placeholder.
                throw new PushFailure(PushFailure.Kind.INVALID_VALUE, "the MetalLB objects hold secret placeholders; use passwordSecret "
                        + "(a Kubernetes Secret created on the cluster) instead of password");
            }
            k = new KubectlCommands(cluster);
            log.start(PushStep.CONNECT, endpoint.display());
            host = connector.connect(endpoint, cancel);
            log.ok(null);
            log.start(PushStep.UPLOAD, null);
            dir = require(FrrCommands.makeWorkDir(), "mktemp").strip();
            new FrrCommands(cluster.id(), null, endpoint.user()).workDir(dir);
            String file = dir + "/metallb.yaml";
            host.upload(file, manifests.getBytes(StandardCharsets.UTF_8), options.stepTimeout(), cancel);
            log.ok(file);

            log.start(PushStep.DIFF, "kubectl diff --server-side");
            ExecResult d = host.exec(k.diff(file), options.stepTimeout(), cancel);
            if (d.exitStatus() > 1 || d.exitStatus() < 0) {
                throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "kubectl diff failed (exit " + d.exitStatus() + "): " + d.failureText());
            }
            diff = d.stdout().strip();
            if (d.exitStatus() == 0) {
                log.ok("no difference");
                return report(DeviceOutcome.UNCHANGED, "the MetalLB objects already match the design", false);
            }
            log.ok(diff.lines().count() + " lines");
            if (options.dryRun()) {
                return report(DeviceOutcome.PREVIEWED, "dry run: diff shown, nothing changed", false);
            }
            if (approvedDiff != null && !approvedDiff.equals(diff)) {
                throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the cluster's objects changed since the diff was confirmed; preview again");
            }
            cancel.check();

            log.start(PushStep.SAVE, "kubectl get");
            Set<String> existing = names(require(k.existing(file), "kubectl get -o name"));
            savedYaml = require(k.saveJson(file), "kubectl get -o json");
            before = existing;
            log.ok(existing.size() + " existing objects saved");

            log.start(PushStep.APPLY, "kubectl apply --server-side");
            require(k.apply(file), "kubectl apply --server-side");
            log.ok(null);

            log.start(PushStep.VERIFY, null);
            Set<String> after = names(require(k.existing(file), "kubectl get -o name"));
            ExecResult again = host.exec(k.diff(file), options.stepTimeout(), cancel);
            if (again.exitStatus() != 0) {
                throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "after the apply, kubectl diff still shows differences (exit "
                        + again.exitStatus() + "): " + again.failureText());
            }
            log.ok(after.size() + " objects present, no remaining difference");
            return report(DeviceOutcome.APPLIED, after.size() + " MetalLB objects applied and verified", true);
        } catch (PushFailure f) {
            return failed(f, k, before, savedYaml);
        } catch (RuntimeException bug) {
            return failed(new PushFailure(PushFailure.Kind.REMOTE_ERROR, "internal error: " + bug, bug), k, before, savedYaml);
        } finally {
            if (host != null && dir != null && host.isConnected()) {
                try {
                    host.exec(ShellQuote.join("rm", "-rf", "--", dir), options.stepTimeout(), CancelToken.never());
                } catch (PushFailure ignored) {
                    // A leftover temp directory is harmless.
                }
            }
            if (host != null) {
                host.close();
            }
        }
    }

    private DeviceReport failed(PushFailure f, KubectlCommands k, Set<String> before, String savedYaml) {
        log.failed(f.getMessage());
        if (before == null) {
            DeviceOutcome o = f.kind() == PushFailure.Kind.CANCELLED ? DeviceOutcome.CANCELLED : DeviceOutcome.FAILED;
            return report(o, Untouched.note(f.getMessage(), "cluster"), false);
        }
        return rollback(k, f, before, savedYaml);
    }

    private DeviceReport rollback(KubectlCommands k, PushFailure cause, Set<String> before, String savedYaml) {
        log.start(PushStep.ROLLBACK, "because " + cause.getMessage());
        CancelToken never = CancelToken.never();
        try {
            if (!host.isConnected()) {
                host.close();
                host = connector.connect(endpoint, never);
            }
            String file = dir + "/metallb.yaml";
            Set<String> now = names(require(k.existing(file), "kubectl get -o name", never));
            List<String> deleted = new ArrayList<>();
            for (String created : now) {
                if (!before.contains(created)) {
                    require(k.delete(cluster.effectiveNamespace(), created), "kubectl delete " + created, never);
                    deleted.add(created);
                }
            }
            String restore = KubeObjects.restorable(savedYaml);
            if (!restore.isBlank()) {
                host.upload(dir + "/restore.yaml", restore.getBytes(StandardCharsets.UTF_8), options.stepTimeout(), never);
                require(k.apply(dir + "/restore.yaml"), "kubectl apply (restore)", never);
            }
            String msg = cause.getMessage() + "; rolled back: " + deleted.size() + " created objects deleted, " + before.size()
                    + " previous objects applied back";
            log.ok(msg);
            return report(DeviceOutcome.ROLLED_BACK, msg, false);
        } catch (PushFailure f) {
            String msg = cause.getMessage() + "; ROLLBACK FAILED: " + f.getMessage() + ". The cluster's MetalLB objects may be half-applied";
            log.failed(msg);
            return report(DeviceOutcome.FAILED, msg, true);
        }
    }

    private static Set<String> names(String output) {
        Set<String> out = new LinkedHashSet<>();
        output.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        return out;
    }

    private String require(String command, String what) throws PushFailure {
        return require(command, what, cancel);
    }

    private String require(String command, String what, CancelToken token) throws PushFailure {
        ExecResult r = host.exec(command, what.startsWith("kubectl apply") ? options.applyTimeout() : options.stepTimeout(), token);
        if (!r.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "'" + what + "' failed (exit " + r.exitStatus() + "): " + r.failureText());
        }
        return r.stdout();
    }

    private DeviceReport report(DeviceOutcome o, String reason, boolean changed) {
        return new DeviceReport(cluster.id(), "MetalLB cluster", o, reason, diff, changed, log.lines());
    }

}
