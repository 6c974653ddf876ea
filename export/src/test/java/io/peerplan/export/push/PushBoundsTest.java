package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Management;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How push commands are bounded: a command prefix other than a privilege helper never
 * reaches a device, dry run or not, and the plan names the exact prefix; a dry run runs only the
 * read-only steps it lists; a silent frr-reload.py is not taken for "already matches".
 */
class PushBoundsTest {
    private static final String CANDIDATE = "frr defaults traditional\nhostname gw\nip forwarding\nend\n";

    private static DeviceReport push(ScriptedHost device, String prefix, boolean dryRun) throws PushFailure {
        Management m = new Management("127.0.0.1", null, "ops", prefix, null);
        FrrDriver driver = new FrrDriver(new FrrDriver.FrrTarget("gw", m, "ops", CANDIDATE, new FrrExpectations(List.of(), List.of())));
        return new DevicePush(driver, "gw", Endpoint.of("gw", m), device, PushOptions.DEFAULTS.withDryRun(dryRun), CancelToken.never(),
                PushListener.NONE, null).run();
    }

    @Test
    void aProgramAsCommandPrefixNeverReachesTheDeviceEvenInADryRun() throws PushFailure {
        ScriptedHost device = ScriptedHost.frr("\nLines To Add\n============\nip forwarding\nhostname gw2\n");
        DeviceReport r = push(device, "truncate -s0 /etc/frr/frr.conf --", true);
        assertThat(r.outcome()).isEqualTo(DeviceOutcome.FAILED);
        assertThat(r.reason()).contains("management.commandPrefix 'truncate -s0 /etc/frr/frr.conf --' is not usable")
                .contains("sudo or doas");
        assertThat(device.connects).isZero();
        assertThat(device.commands).isEmpty();
    }

    @Test
    void aDryRunRunsOnlyTheReadOnlyStepsThroughTheAllowedPrefix() throws PushFailure {
        ScriptedHost device = ScriptedHost.frr("\nLines To Add\n============\nip forwarding\nhostname gw2\n");
        DeviceReport r = push(device, "sudo -n", true);
        assertThat(r.outcome()).isEqualTo(DeviceOutcome.PREVIEWED);
        assertThat(device.commands).noneMatch(c -> c.contains("--reload") || c.contains("clear bgp") || c.contains("rollback"));
        assertThat(device.commands).filteredOn(c -> c.contains("vtysh") || c.contains("--test"))
                .allSatisfy(c -> assertThat(c).startsWith("sudo -n "));
        assertThat(device.uploads).allSatisfy(p -> assertThat(p).startsWith("/tmp/peerplan-push.AbCdEfGh/"));
    }

    @Test
    void aSilentFrrReloadIsNotTakenForAlreadyMatches() throws PushFailure {
        for (boolean dryRun : new boolean[] {true, false}) {
            ScriptedHost device = ScriptedHost.frr("");
            DeviceReport r = push(device, null, dryRun);
            assertThat(r.outcome()).isEqualTo(DeviceOutcome.FAILED);
            assertThat(r.reason()).contains("frr-reload.py --test exited 0 but listed no line at all")
                    .contains("not FRR's frr-reload.py");
            assertThat(device.commands).noneMatch(c -> c.contains("--reload"));
        }
    }

    @Test
    void aVtyshThatIsNotFrrsStopsThePushBeforeAnyDiff() throws PushFailure {
        for (String answer : new String[] {"Quagga 1.2.3 (gw).\nCopyright 1996-2005 Kunihiro Ishiguro, et al.\n", ""}) {
            ScriptedHost frr = ScriptedHost.frr("\nLines To Add\n============\nip forwarding\nhostname gw2\n");
            ScriptedHost device = new ScriptedHost(c -> c.endsWith("'show version'") ? new ExecResult(0, answer, "") : frr.exec(c, null, null));
            DeviceReport r = push(device, null, true);
            assertThat(r.outcome()).isEqualTo(DeviceOutcome.FAILED);
            assertThat(r.reason()).contains("did not answer 'show version' as FRR does")
                    .contains(answer.isEmpty() ? "(no output)" : "'Quagga 1.2.3 (gw).'");
            assertThat(device.commands).noneMatch(c -> c.contains("--test") || c.contains("--reload"));
        }
    }

    @Test
    void theFrrVersionIsReportedAsTheDeviceAnswered() throws PushFailure {
        assertThat(FrrVersion.check("FRRouting 8.4.4 (gw) on Linux(6.1.0-28-amd64).\n")).isEqualTo("FRRouting 8.4.4");
        assertThat(FrrVersion.check("FRRouting 10.2-dev (r1).\n")).isEqualTo("FRRouting 10.2-dev");
    }

    @Test
    void silenceIsTheRealAnswerOnlyForACandidateWithoutIpForwarding() {
        // frr-reload.py prints nothing when nothing differs (FrrPushLabTest: a candidate equal to the running config).
        assertThat(ReloadDiff.parse("").answers("hostname gw\nend\n")).isTrue();
        assertThat(ReloadDiff.parse("").answers(CANDIDATE)).isFalse();
        assertThat(ReloadDiff.parse("\nLines To Add\n============\nip forwarding\n").answers(CANDIDATE)).isTrue();
    }

    @Test
    void theRealAnswerForAnUnchangedRouterStillCountsAsUnchanged() throws PushFailure {
        ScriptedHost device = ScriptedHost.frr("\nLines To Add\n============\nip forwarding\n");
        assertThat(push(device, "sudo", true).outcome()).isEqualTo(DeviceOutcome.UNCHANGED);
    }

    @Test
    void thePlanShowsThePrefixAndSkipsOneThatIsNotAllowed() throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        PushPlan plan = PushPlan.of(t, List.of());
        assertThat(plan.describe(false)).contains("every command runs as 'sudo COMMAND'");
        assertThat(plan.describe(true)).contains("dry run, read-only: mktemp -d, vtysh -c 'show version' (FRR check), upload the candidate over SFTP, vtysh -C -f (syntax check), "
                + "frr-reload.py --test (diff); every command runs as 'sudo COMMAND'").doesNotContain("--reload");
        Router gw = t.routers().getFirst();
        var bad = new Management(gw.management().host(), null, "almalinux", "truncate -s0 FILE --", null);
        Router withBad = new Router(gw.id(), gw.name(), gw.region(), gw.role(), gw.platform(), gw.asn(), gw.routerId(), gw.interfaces(),
                gw.staticRoutes(), gw.networks(), gw.redistribute(), gw.prefixLists(), gw.communityLists(), gw.routeMaps(), gw.bgp(),
                gw.peerGroups(), gw.bfdProfiles(), gw.bfdPeers(), bad, gw.log(), gw.description());
        Topology hostile = t.withRouters(t.routers().stream().map(r -> r.id().equals(gw.id()) ? withBad : r).toList());
        PushTarget target = PushPlan.of(hostile, List.of()).targets().getFirst();
        assertThat(target.supported()).isFalse();
        assertThat(target.describe(true)).contains("SKIPPED — gateway-alfa-unoone: management.commandPrefix 'truncate -s0 FILE --' is not usable");
    }
}
