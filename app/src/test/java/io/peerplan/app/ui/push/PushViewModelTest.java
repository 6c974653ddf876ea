package io.peerplan.app.ui.push;

import io.peerplan.export.testlab.PushLabDesign;
import io.peerplan.export.testlab.LoopbackSshServer;
import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.app.files.Settings;
import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.export.push.DeviceReport;
import io.peerplan.export.push.PushEvent;
import io.peerplan.export.push.PushStep;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The push dialog's view-model without JavaFX: the plan's rows, choosing devices, progress from the
 * engine's events, the confirmation's words, the settings, and a real refusal of an unknown host key
 * by the real engine against an in-process SSH server (work and UI hops run on the calling thread).
 */
class PushViewModelTest {
    /** The push lab as the dialog shows it: a named edge, upstream, and a RouterOS core push does not support yet. */
    private static final PushLabDesign DESIGN = PushLabDesign.EDGE_AND_UPSTREAM.withRouterOsCore().withEdgeName("gateway-edge");
    @TempDir
    Path dir;

    private PushViewModel model(Topology t) {
        return new PushViewModel(t, new PushSettings(dir.resolve("known_hosts"), List.of(), false), null, Runnable::run, Runnable::run);
    }

    private static final String DIFF = """
            Lines To Delete
            ===============
            route-map prepend permit 10
             no set as-path prepend 64859

            Lines To Add
            ============
            route-map prepend permit 10
             set as-path prepend 64859 64859 64859 64859 64859
            ip forwarding
            """;

    @Test
    void thePlanListsManagedRoutersAndSaysRouterOsIsNotSupported() throws Exception {
        PushViewModel seed000 = model(Samples.load("two-dc-anycast"));
        assertThat(seed000.rows()).extracting(DeviceRow::id).contains("gateway-alfa-unoone", "gateway-bravo-bissotwo")
                .doesNotContain("antares");
        assertThat(seed000.row("gateway-alfa-unoone").selected()).isTrue();
        assertThat(seed000.row("gateway-alfa-unoone").login()).isEqualTo("almalinux@198.51.100.14");
        assertThat(seed000.row("gateway-alfa-unoone").plan()).contains("vtysh -C -f", "frr-reload.py --test", "rolls back");

        PushViewModel mikrotik = model(Samples.load("mikrotik-core"));
        DeviceRow routeros = mikrotik.rows().stream().filter(r -> r.target().platform().toLowerCase().contains("routeros")).findFirst().orElseThrow();
        assertThat(routeros.supported()).isFalse();
        assertThat(routeros.selected()).isFalse();
        assertThat(routeros.plan()).startsWith("Not supported: RouterOS push is not available yet");
        mikrotik.select(routeros.id(), true);
        assertThat(routeros.selected()).as("an unsupported device cannot be chosen").isFalse();
    }

    @Test
    void choosingNoDeviceBlocksThePreview() throws Exception {
        PushViewModel m = model(Samples.load("two-dc-anycast"));
        AtomicInteger changes = new AtomicInteger();
        m.onChange(changes::incrementAndGet);
        m.chosen().forEach(r -> m.select(r.id(), false));
        assertThat(changes.get()).isPositive();
        assertThat(m.previewBlocker()).isEqualTo("Choose at least one device Peerplan can push.");
        assertThatThrownBy(m::preview).isInstanceOf(IllegalStateException.class);
        m.select("gateway-bravo-bissotwo", true);
        assertThat(m.previewBlocker()).isNull();
        assertThat(m.status()).startsWith("1 of ");
    }

    @Test
    void progressFollowsTheEnginesSteps() throws Exception {
        DeviceRow row = model(Samples.load("two-dc-anycast")).row("gateway-alfa-unoone");
        row.onEvent(event(PushStep.CONNECT, PushEvent.Phase.STARTED, "almalinux@198.51.100.14"), false);
        assertThat(row.progress()).isZero();
        assertThat(row.stepText()).isEqualTo("connect… almalinux@198.51.100.14");
        row.onEvent(event(PushStep.CHECK, PushEvent.Phase.SUCCEEDED, null), false);
        assertThat(row.progress()).isEqualTo(0.75);
        row.onEvent(event(PushStep.DIFF, PushEvent.Phase.SUCCEEDED, "9 lines"), false);
        assertThat(row.progress()).isEqualTo(1.0);
        row.onEvent(event(PushStep.DIFF, PushEvent.Phase.SUCCEEDED, "9 lines"), true);
        assertThat(row.progress()).as("4 of the 7 steps of an apply").isEqualTo(4.0 / 7);
        row.onEvent(event(PushStep.APPLY, PushEvent.Phase.PROGRESS, "frr-reload.py --reload candidate.conf running on the device"), true);
        assertThat(row.stepText()).isEqualTo("apply: frr-reload.py --reload candidate.conf running on the device");
        row.onEvent(event(PushStep.ROLLBACK, PushEvent.Phase.STARTED, "because verify timed out\nmore"), true);
        assertThat(row.progress()).as("a rollback's length is unknown").isNegative();
        assertThat(row.stepText()).isEqualTo("roll back… because verify timed out");
        row.done(new DeviceReport(row.id(), "FRR router", DeviceOutcome.ROLLED_BACK, "verify timed out", DIFF, false, List.of("apply: ok")));
        assertThat(row.progress()).isEqualTo(1.0);
        assertThat(row.outcomeText()).isEqualTo("rolled back");
    }

    private static PushEvent event(PushStep step, PushEvent.Phase phase, String message) {
        return new PushEvent(Instant.now(), "gateway-alfa-unoone", step, phase, message);
    }

    @Test
    void theConfirmationSaysHowManyDevicesChangeAndWhatIsLeftAlone() throws Exception {
        PushViewModel m = model(Samples.load("two-dc-anycast"));
        m.row("gateway-alfa-unoone").previewed(new DeviceReport("gateway-alfa-unoone", "FRR router", DeviceOutcome.PREVIEWED,
                "dry run", DIFF, false, List.of()));
        m.row("gateway-bravo-bissotwo").previewed(new DeviceReport("gateway-bravo-bissotwo", "FRR router", DeviceOutcome.UNCHANGED,
                "matches", "", false, List.of()));
        assertThat(m.toApply()).containsOnlyKeys("gateway-alfa-unoone");
        assertThat(m.confirmation()).startsWith("Apply the design to 1 device?")
                .contains("[gateway-alfa-unoone]: 2 lines removed, 3 added")
                .contains("1 device already matches the design and is left alone.");
        assertThat(m.finalReport().devices()).extracting(DeviceReport::outcome).containsExactly(DeviceOutcome.PREVIEWED, DeviceOutcome.UNCHANGED);
    }

    @Test
    void diffsOfBothShapesBecomeOneUnifiedView() throws Exception {
        assertThat(DiffLines.parse(DIFF)).containsExactly(
                new DiffLines.Line(DiffLines.Kind.HEADER, "Lines To Delete"),
                new DiffLines.Line(DiffLines.Kind.DELETE, "- route-map prepend permit 10"),
                new DiffLines.Line(DiffLines.Kind.DELETE, "-  no set as-path prepend 64859"),
                new DiffLines.Line(DiffLines.Kind.HEADER, "Lines To Add"),
                new DiffLines.Line(DiffLines.Kind.ADD, "+ route-map prepend permit 10"),
                new DiffLines.Line(DiffLines.Kind.ADD, "+  set as-path prepend 64859 64859 64859 64859 64859"),
                new DiffLines.Line(DiffLines.Kind.ADD, "+ ip forwarding"));
        String kubectl = """
                diff -u -N /tmp/LIVE-1/metallb.io.v1beta1.IPAddressPool.metallb-system.pool /tmp/MERGED-2/metallb.io.v1beta1.IPAddressPool.metallb-system.pool
                --- /tmp/LIVE-1/pool
                +++ /tmp/MERGED-2/pool
                @@ -6,3 +6,3 @@
                 spec:
                   addresses:
                -  - 203.0.113.64/29
                +  - 203.0.113.64/28
                """;
        assertThat(DiffLines.parse(kubectl)).extracting(DiffLines.Line::kind).containsExactly(DiffLines.Kind.HEADER, DiffLines.Kind.HEADER,
                DiffLines.Kind.HEADER, DiffLines.Kind.HEADER, DiffLines.Kind.CONTEXT, DiffLines.Kind.CONTEXT, DiffLines.Kind.DELETE,
                DiffLines.Kind.ADD);
        assertThat(DiffLines.counts(kubectl)).containsExactly(1, 1);
        assertThat(DiffLines.parse("")).isEmpty();
    }

    @Test
    void loginSettingsAreKeptInTheUsersSettingsAndHoldNoSecret() throws Exception {
        Settings s = new Settings(dir);
        PushSettings none = PushSettings.load(s);
        assertThat(none.knownHosts()).isEqualTo(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
        assertThat(none.useAgent()).isTrue();
        PushSettings mine = new PushSettings(dir.resolve("kh"), List.of(dir.resolve("id_a"), dir.resolve("id_b")), false);
        mine.save(s);
        assertThat(PushSettings.load(new Settings(dir))).isEqualTo(mine);
        assertThat(Files.readString(dir.resolve("settings.properties"))).contains("push.knownHosts").doesNotContainIgnoringCase("passphrase");
        assertThat(mine.ssh(null).agentSocket()).isNull();
        assertThat(mine.describe()).contains(dir.resolve("kh").toString(), dir.resolve("id_a").toString());
    }

    @Test
    void theRealEngineRefusesAnUnknownHostKeyAndTheRowShowsItsFingerprint() throws Exception {
        Requires.sshKeygen();
        try (LoopbackSshServer server = LoopbackSshServer.device(dir, null)) {
            Path empty = Files.writeString(dir.resolve("empty_known_hosts"), "");
            Topology t = DESIGN.withPrepends(5).topology(server.port(), "ns1");
            PushViewModel m = new PushViewModel(t, new PushSettings(empty, List.of(server.clientKey()), false), null, Runnable::run, Runnable::run);
            m.preview();
            assertThat(m.stage()).as("nothing to apply: straight to the report").isEqualTo(PushViewModel.Stage.REPORT);
            DeviceRow edge = m.row("edge");
            assertThat(edge.preview().outcome()).isEqualTo(DeviceOutcome.FAILED);
            assertThat(edge.preview().deviceChanged()).isFalse();
            HostKeyNotice notice = edge.hostKey().orElseThrow();
            assertThat(notice.changed()).isFalse();
            assertThat(notice.fingerprint()).isEqualTo(server.fingerprint(dir));
            assertThat(notice.trustCommand()).isEqualTo("ssh-keyscan -p " + server.port() + " -t ecdsa 127.0.0.1 >> " + empty);
            assertThat(server.commands()).as("nothing is run on a host that was not verified").isEmpty();
            assertThat(m.status()).contains("1 failed");
        }
    }
}
