package io.peerplan.export.push;

import io.peerplan.model.Cluster;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cluster's speaker objects (MetalLB, frr-k8s or Cilium, as its speaker exports them) in the push transaction, through its kubectl host: {@code kubectl
 * diff --server-side}, the objects as they are saved with {@code kubectl get}, {@code kubectl apply
 * --server-side}, verified by a diff that shows nothing left. Restoring deletes the objects the push
 * created and applies the saved ones back, cleaned of server-set fields ({@link KubeObjects}).
 */
final class KubectlDriver implements DeviceDriver {
    private static final String FILE = "metallb.yaml";
    private final Cluster cluster;
    private final String manifests;
    private KubectlCommands k;
    private Set<String> before;
    private String savedJson;

    KubectlDriver(Cluster cluster, String manifests) {
        this.cluster = cluster;
        this.manifests = manifests;
    }

    @Override
    public String kind() {
        return speaker() + " cluster";
    }

    /** The speaker whose objects these are, as users name it (MetalLB, frr-k8s, Cilium BGP). */
    private String speaker() {
        return cluster.effectiveSpeaker().label();
    }

    @Override
    public String noun() {
        return "cluster";
    }

    @Override
    public String state() {
        return "cluster's objects";
    }

    @Override
    public String unchanged() {
        return "the " + speaker() + " objects already match the design";
    }

    @Override
    public String detail(PushStep step, PushOptions options) {
        return switch (step) {
            case DIFF -> "kubectl diff --server-side";
            case SAVE -> "kubectl get";
            case APPLY -> "kubectl apply --server-side";
            default -> null;
        };
    }

    @Override
    public void refuse() throws PushFailure {
        if (manifests.contains("@@SECRET:")) {
            // Exported manifests never hold a secret (io.peerplan.export.Secrets): applying one would set the placeholder.
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE, "the " + speaker() + " objects hold secret placeholders; use passwordSecret "
                    + "(a Kubernetes Secret created on the cluster) instead of password");
        }
        k = new KubectlCommands(cluster);
    }

    @Override
    public String stage(DeviceSession s) throws PushFailure {
        s.upload(s.dir().file(FILE), manifests);
        return s.dir().file(FILE);
    }

    /** kubectl has no offline syntax check; the server-side diff is the check (the API server validates). */
    @Override
    public boolean checks() {
        return false;
    }

    @Override
    public Diff diff(DeviceSession s) throws PushFailure {
        ExecResult d = s.exec(k.diff(s.dir().file(FILE)));
        // kubectl diff: exit 0 no difference, 1 differences, above 1 kubectl failed.
        if (d.exitStatus() > 1 || d.exitStatus() < 0) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "kubectl diff failed (exit " + d.exitStatus() + "): " + d.failureText());
        }
        return new Diff(d.stdout().strip(), d.exitStatus() != 0);
    }

    @Override
    public String save(DeviceSession s) throws PushFailure {
        Set<String> existing = names(s.require(k.existing(s.dir().file(FILE)), "kubectl get -o name"));
        savedJson = s.require(k.saveJson(s.dir().file(FILE)), "kubectl get -o json");
        before = existing;
        return existing.size() + " existing objects saved";
    }

    @Override
    public String apply(DeviceSession s) throws PushFailure {
        s.require(k.apply(s.dir().file(FILE)), "kubectl apply --server-side", s.options().applyTimeout());
        return null;
    }

    @Override
    public Verified verify(DeviceSession s) throws PushFailure {
        Set<String> after = names(s.require(k.existing(s.dir().file(FILE)), "kubectl get -o name"));
        ExecResult again = s.exec(k.diff(s.dir().file(FILE)));
        if (again.exitStatus() != 0) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "after the apply, kubectl diff still shows differences (exit "
                    + again.exitStatus() + "): " + again.failureText());
        }
        return new Verified(after.size() + " objects present, no remaining difference", after.size() + " " + speaker() + " objects applied and verified");
    }

    @Override
    public Restored restore(DeviceSession s) throws PushFailure {
        Set<String> now = names(s.require(k.existing(s.dir().file(FILE)), "kubectl get -o name"));
        List<String> deleted = new ArrayList<>();
        for (String created : now) {
            if (!before.contains(created)) {
                s.require(k.delete(cluster.effectiveNamespace(), created), "kubectl delete " + created);
                deleted.add(created);
            }
        }
        String restore = KubeObjects.restorable(savedJson);
        if (!restore.isBlank()) {
            s.upload(s.dir().file("restore.yaml"), restore);
            s.require(k.apply(s.dir().file("restore.yaml")), "kubectl apply (restore)", s.options().applyTimeout());
        }
        return new Restored(true, "rolled back: " + deleted.size() + " created objects deleted, " + before.size()
                + " previous objects applied back");
    }

    @Override
    public String halfApplied(DeviceSession s) {
        return "The cluster's " + speaker() + " objects may be half-applied";
    }

    private static Set<String> names(String output) {
        Set<String> out = new LinkedHashSet<>();
        output.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        return out;
    }
}
