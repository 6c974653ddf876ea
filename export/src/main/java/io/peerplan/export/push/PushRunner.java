package io.peerplan.export.push;

import io.peerplan.model.Cluster;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Runs a push plan: at most {@link PushOptions#parallelism()} devices at once, each on its own
 * virtual thread, all sharing one {@link CancelToken}. Every device ends with a
 * {@link DeviceReport}; one device's failure never stops or touches the others, and each device is
 * either fully applied and verified or restored (see {@link DevicePush}).
 */
public final class PushRunner {
    private final Topology topology;
    private final SshConnector connector;
    private final BiFunction<Topology, Router, String> frrConfig;
    private final BiFunction<Topology, Cluster, String> metallbManifests;
    private final PushOptions options;
    private final PushListener listener;
    private BiFunction<Topology, Router, QuaggaCandidate> quaggaConfig;

    /**
     * @param frrConfig        renders a router's frr.conf (FrrConfigGenerator::generate)
     * @param metallbManifests renders a cluster's MetalLB objects as one multi-document YAML, or null
     *                         when no MetalLB generator is available (clusters then fail with that reason)
     */
    public PushRunner(Topology topology, SshConnector connector, BiFunction<Topology, Router, String> frrConfig,
            BiFunction<Topology, Cluster, String> metallbManifests, PushOptions options, PushListener listener) {
        this.topology = topology;
        this.connector = connector;
        this.frrConfig = frrConfig;
        this.metallbManifests = metallbManifests;
        this.options = options;
        this.listener = listener == null ? PushListener.NONE : listener;
    }

    /**
     * Lets the runner push Quagga routers: {@code quaggaConfig} renders a router's zebra.conf and
     * bgpd.conf ({@link io.peerplan.export.PushCandidates#quagga}). Without it a Quagga router fails
     * with that reason and is not contacted.
     */
    public PushRunner withQuagga(BiFunction<Topology, Router, QuaggaCandidate> quaggaConfig) {
        this.quaggaConfig = quaggaConfig;
        return this;
    }

    public PushReport run(PushPlan plan, CancelToken cancel) {
        return run(plan, cancel, Map.of());
    }

    /**
     * Runs the plan. {@code approvedDiffs} (device id → diff text) are the diffs the user confirmed in
     * a preview: a device whose diff has changed since is not applied.
     */
    public PushReport run(PushPlan plan, CancelToken cancel, Map<String, String> approvedDiffs) {
        List<PushTarget> targets = plan.targets();
        DeviceReport[] reports = new DeviceReport[targets.size()];
        // Workers take devices in plan order from one counter: with a semaphore per device, the
        // virtual threads would win their slots in any order and a cancel could land on a later device
        // while an earlier one was never started.
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(options.parallelism(), targets.size()));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers; w++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < targets.size(); i = next.getAndIncrement()) {
                        reports[i] = pushOrSkip(targets.get(i), cancel, approvedDiffs);
                        notifyDone(reports[i]);
                    }
                });
            }
        }
        return new PushReport(List.of(reports));
    }

    private DeviceReport pushOrSkip(PushTarget t, CancelToken cancel, Map<String, String> approvedDiffs) {
        if (cancel.isCancelled()) {
            return notStarted(t);
        }
        try {
            return pushOne(t, cancel, approvedDiffs.get(t.id()));
        } catch (RuntimeException e) {
            return new DeviceReport(t.id(), kind(t), DeviceOutcome.FAILED, "internal error: " + e, "", false, List.of());
        }
    }

    private DeviceReport pushOne(PushTarget t, CancelToken cancel, String approvedDiff) {
        if (!t.supported()) {
            return new DeviceReport(t.id(), kind(t), DeviceOutcome.NOT_SUPPORTED, t.unsupportedReason(), "", false, List.of());
        }
        TopologyIndex index = new TopologyIndex(topology);
        try {
            if (t.kind() == PushTarget.Kind.ROUTER) {
                Router r = index.router(t.id()).orElseThrow();
                Endpoint e = Endpoint.of(r.id(), r.management());
                return new DevicePush(routerDriver(r, e), r.id(), e, connector, options, cancel, listener, approvedDiff).run();
            }
            Cluster c = index.cluster(t.id()).orElseThrow();
            if (metallbManifests == null) {
                return new DeviceReport(t.id(), kind(t), DeviceOutcome.FAILED, "no cluster manifest generator is available in this build", "", false, List.of());
            }
            Endpoint e = Endpoint.of(c.id(), c.management());
            String manifests = render(() -> metallbManifests.apply(topology, c), t.platform() + " manifests");
            return new DevicePush(new KubectlDriver(c, manifests), c.id(), e, connector, options, cancel, listener, approvedDiff).run();
        } catch (PushFailure f) {
            new StepLog(t.id(), listener).failed(f.getMessage());
            return new DeviceReport(t.id(), kind(t), DeviceOutcome.FAILED, Untouched.note(f.getMessage(), "device"), "", false, List.of());
        }
    }

    /**
     * The driver for a router's platform. The plan marks every platform without one unsupported
     * ({@link io.peerplan.export.RouterExporter#pushUnavailable()}), so those never get here.
     */
    private DeviceDriver routerDriver(Router r, Endpoint e) throws PushFailure {
        return switch (r.platform()) {
            case FRR -> new FrrDriver(new FrrDriver.FrrTarget(r.id(), r.management(), e.user(),
                    render(() -> frrConfig.apply(topology, r), "frr.conf"), FrrExpectations.of(topology, r)));
            case QUAGGA -> {
                if (quaggaConfig == null) {
                    throw new PushFailure(PushFailure.Kind.INVALID_VALUE, "no Quagga config generator is available in this build");
                }
                yield new QuaggaDriver(new QuaggaDriver.QuaggaTarget(r.id(), r.management(),
                        render(() -> quaggaConfig.apply(topology, r), "zebra.conf and bgpd.conf"), FrrExpectations.of(topology, r)));
            }
            case ROUTEROS_V6, ROUTEROS_V7, EXTERNAL -> throw new PushFailure(PushFailure.Kind.INVALID_VALUE,
                    "no push driver for platform " + r.platform().label());
        };
    }

    private static <T> T render(java.util.function.Supplier<T> generator, String what) throws PushFailure {
        try {
            return generator.get();
        } catch (RuntimeException e) {
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE, "could not render " + what + ": " + e.getMessage(), e);
        }
    }

    private DeviceReport notStarted(PushTarget t) {
        return new DeviceReport(t.id(), kind(t), DeviceOutcome.CANCELLED, "cancelled before this device was started (not changed)", "", false, List.of());
    }

    private void notifyDone(DeviceReport r) {
        try {
            listener.onDeviceDone(r);
        } catch (RuntimeException ignored) {
            // A failing progress view must not lose the report.
        }
    }

    private static String kind(PushTarget t) {
        return t.platform() + (t.kind() == PushTarget.Kind.ROUTER ? " router" : " cluster");
    }
}
