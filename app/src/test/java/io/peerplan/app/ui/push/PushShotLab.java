package io.peerplan.app.ui.push;

import io.peerplan.app.files.Settings;
import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.export.testlab.FrrPair;
import io.peerplan.export.testlab.LoopbackSshServer;
import io.peerplan.export.testlab.PushLabDesign;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The push screenshot mains' device (root, FRR), as PushDialogTest starts it: an FRR gateway in a
 * network namespace of our own behind the in-process SSH server on 127.0.0.1, running the design
 * with one prepend while the window shows five. Removed on close and on a JVM shutdown (Ctrl-C, a
 * timeout's SIGTERM): the namespaces and daemons are ours to remove.
 */
final class PushShotLab implements AutoCloseable {
    /** The push lab as the dialog shows it: a named edge, upstream, and a RouterOS core push does not support yet. */
    private static final PushLabDesign DESIGN = PushLabDesign.EDGE_AND_UPSTREAM.withRouterOsCore().withEdgeName("gateway-edge");

    private final Path dir;
    private FrrPair lab;
    private LoopbackSshServer ssh;

    PushShotLab() throws Exception {
        dir = Files.createTempDirectory("peerplan-push-shot");
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        lab = FrrPair.start(dir);
        ssh = LoopbackSshServer.device(dir, lab.edge());
        lab.load(lab.upstream(), PushLabDesign.upstreamConfig());
        Topology one = DESIGN.withPrepends(1).topology(ssh.port(), lab.edge());
        lab.reload(lab.edge(), FrrConfigGenerator.generate(one, one.routers().getFirst()));
        lab.awaitEstablished(lab.edge(), FrrPair.UPSTREAM_IP, 30);
    }

    /** The design the window shows: five prepends, so the device's dry run has a diff. */
    Topology design() throws Exception {
        return DESIGN.withPrepends(5).topology(ssh.port(), lab.edge());
    }

    /** Designer settings whose push trusts the device's host key (or, with {@code knownKey} false, knows no key). */
    Settings settings(String theme, boolean knownKey) throws Exception {
        Settings settings = new Settings(Files.createTempDirectory("peerplan-shot"));
        settings.put("theme", theme);
        Path knownHosts = knownKey ? ssh.knownHosts() : Files.writeString(dir.resolve("known_hosts"), "");
        new PushSettings(knownHosts, List.of(ssh.clientKey()), false).save(settings);
        return settings;
    }

    /** Runs the step on the FX thread once the condition holds (polled every 0.5 s after an initial wait). */
    static void after(double seconds, BooleanSupplier ready, Runnable step) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> {
            if (!ready.getAsBoolean()) {
                after(0.5, ready, step);
                return;
            }
            step.run();
        });
        wait.play();
    }

    @Override
    public synchronized void close() {
        try {
            if (ssh != null) {
                ssh.close();
            }
            if (lab != null) {
                lab.close();
            }
            FrrPair.sh("rm", "-rf", "--", dir.toString());
        } catch (Exception e) {
            System.err.println("clean-up: " + e.getMessage());
        }
        ssh = null;
        lab = null;
    }
}
