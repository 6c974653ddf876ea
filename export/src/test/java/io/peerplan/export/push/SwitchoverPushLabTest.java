package io.peerplan.export.push;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.export.lab.Lab;
import io.peerplan.export.lab.LabPlan;
import io.peerplan.export.lab.LabPlanner;
import io.peerplan.export.lab.LabRib;
import io.peerplan.export.lab.LabStateStore;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Management;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000's switchover, done by Peerplan instead of typing into vtysh: on the full two-DC lab,
 * pushing Alfa's prepend raised to 5 makes the Internet vantage prefer Bravo (via Betelgeuse);
 * pushing the design back returns it to Alfa (via Antares).
 */
@Tag("lab")
class SwitchoverPushLabTest {
    private static final Ip VIA_ANTARES = Ip.parse("198.18.0.1");
    private static final Ip VIA_BETELGEUSE = Ip.parse("198.18.0.5");
    private static final String ALFA = "gateway-alfa-unoone";

    @TempDir
    Path dir;

    @Test
    void prependFiveOnAlfaMovesTheInternetToBravoAndPushingBackReturnsIt() throws Exception {
        Requires.openSsh();
        Requires.frrRouters();
        Topology design = Samples.load("two-dc-anycast");
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        LabPlan plan = new LabPlanner().plan(design, id, "sample:two-dc-anycast");
        try (OpenSshServer ssh = OpenSshServer.start(Files.createDirectories(dir.resolve("sshd")));
                Lab lab = Lab.up(design, plan, new LabStateStore(dir.resolve("labs")), Set.of())) {
            Topology managed = manage(design, plan, ssh.port);
            IpPrefix anycast = awaitAnycast(lab);
            awaitBestVia(lab, anycast, VIA_ANTARES);

            DeviceReport switched = push(withAlfaPrepends(managed, 5), ssh);
            assertThat(switched.outcome()).as(switched.toString()).isEqualTo(DeviceOutcome.APPLIED);
            assertThat(switched.diff()).contains("set as-path prepend 64859 64859 64859 64859 64859");
            awaitBestVia(lab, anycast, VIA_BETELGEUSE);

            DeviceReport back = push(managed, ssh);
            assertThat(back.outcome()).as(back.toString()).isEqualTo(DeviceOutcome.APPLIED);
            awaitBestVia(lab, anycast, VIA_ANTARES);
        }
    }

    private static DeviceReport push(Topology t, OpenSshServer ssh) throws Exception {
        PushOptions options = PushOptions.DEFAULTS.withVerifyTimeout(Duration.ofSeconds(60));
        return new PushRunner(t, SshjConnector.open(ssh.settings()), FrrConfigGenerator::generate, null, options, PushListener.NONE)
                .run(PushPlan.of(t, List.of(ALFA)), new CancelToken()).device(ALFA);
    }

    /** The design with both gateways reachable through the test's sshd, as root, in their lab namespaces. */
    private static Topology manage(Topology t, LabPlan plan, int port) {
        return t.withRouters(t.routers().stream().map(r -> plan.host(r.id()).isEmpty() || r.management() == null ? r
                : withManagement(r, new Management("127.0.0.1", port, "root", null, plan.host(r.id()).orElseThrow().namespace()))).toList());
    }

    private static Router withManagement(Router r, Management m) {
        return new Router(r.id(), r.name(), r.region(), r.role(), r.platform(), r.asn(), r.routerId(), r.interfaces(), r.staticRoutes(),
                r.networks(), r.redistribute(), r.prefixLists(), r.communityLists(), r.routeMaps(), r.bgp(), r.peerGroups(), r.bfdProfiles(),
                r.bfdPeers(), m, r.log(), r.description());
    }

    private static Topology withAlfaPrepends(Topology t, int count) {
        return t.withRouters(t.routers().stream().map(r -> !r.id().equals(ALFA) ? r : r.withRouteMaps(r.routeMaps().stream()
                .map(m -> !m.name().equals("prpnd_private") ? m : new RouteMap(m.name(), m.entries().stream()
                        .map(e -> new RouteMap.Entry(e.seq(), e.action(), e.description(), e.match(), new RouteMap.Set(
                                java.util.Collections.nCopies(count, 64859L), e.set().med(), e.set().localPreference(), e.set().communities(),
                                e.set().communityAdditive(), e.set().weight(), null)))
                        .toList()))
                .toList())).toList());
    }

    /** The anycast prefix as the vantage hears it: the service's /32 when speakers announce it, else the gateways' /29. */
    private static IpPrefix awaitAnycast(Lab lab) throws InterruptedException {
        List<IpPrefix> wanted = List.of(IpPrefix.parse("203.0.113.70/32"), IpPrefix.parse("203.0.113.64/29"));
        for (int i = 0; i < 240; i++) {
            LabRib rib = lab.ribs().get("internet");
            for (IpPrefix p : wanted) {
                if (rib != null && rib.best(p).isPresent()) {
                    return p;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the Internet vantage never learned 203.0.113.70/32 nor 203.0.113.64/29");
    }

    private static void awaitBestVia(Lab lab, IpPrefix prefix, Ip via) throws InterruptedException {
        Optional<LabRib.Path> best = Optional.empty();
        for (int i = 0; i < 240; i++) {
            best = lab.ribs().get("internet").best(prefix);
            if (best.isPresent() && via.equals(best.get().nextHop())) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("internet's best path to " + prefix + " is " + best + ", expected via " + via);
    }
}
