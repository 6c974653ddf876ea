package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What real Quagga 1.2.3's bgpd printed in the lab (homelab sample and hand-made states), read back. */
class QuaggaShowTest {
    private static final String TABLE = """
            BGP table version is 0, local router ID is 192.168.1.2
            Status codes: s suppressed, d damped, h history, * valid, > best, = multipath,
                          i internal, r RIB-failure, S Stale, R Removed
            Origin codes: i - IGP, e - EGP, ? - incomplete

               Network          Next Hop            Metric LocPrf Weight Path
            *  192.168.0.30/32  192.168.1.6              0             0 65001 i
            *>                  192.168.1.5              0             0 65001 i
            *> 10.0.0.0         0.0.0.0                  0         32768 i
            *> 203.0.113.0      192.168.1.5              0             0 65001 i
            *> 203.0.113.64/29  192.168.1.5              0             0 65001 i
            *> 172.16.0.0       192.168.1.5              0             0 65001 ?
            *> 0.0.0.0          192.168.1.5                            0 65001 i

            Displayed  6 out of 7 total prefixes
            """;

    private static final String DETAIL = """
            BGP routing table entry for 192.168.0.30/32
            Paths: (2 available, best #2, table Default-IP-Routing-Table)
              Advertised to non peer-group peers:
              192.168.1.6
              65001
                192.168.1.6 from 192.168.1.6 (192.168.1.6)
                  Origin IGP, metric 0, localpref 100, valid, external
                  Last update: Sun Dec  6 21:11:48 2026

              65001
                192.168.1.5 from 192.168.1.5 (192.168.1.5)
                  Origin IGP, metric 0, localpref 100, valid, external, best
                  Last update: Sun Dec  6 21:11:48 2026

            """;

    private static final String LOCAL = """
            BGP routing table entry for 10.9.0.0/24
            Paths: (1 available, best #1, table Default-IP-Routing-Table)
              Not advertised to any peer
              Local
                0.0.0.0 from 0.0.0.0 (1.1.1.1)
                  Origin IGP, metric 0, localpref 100, weight 32768, valid, sourced, local, best
                  Last update: Sun Dec  6 21:02:02 2026

            """;

    private static final String MULTIPATH = """
            BGP routing table entry for 203.0.113.64/29
            Paths: (2 available, best #1, table Default-IP-Routing-Table)
              Not advertised to any peer
              64600 64859 64859 64859, (stale)
                198.19.51.230 from 198.19.51.230 (198.19.51.230)
                  Origin incomplete, localpref 150, weight 10, valid, internal, multipath, best
                  Community: 64859:100
                  Last update: Sun Dec  6 21:02:02 2026
              65101 {64859,64860}
                198.51.100.14 (inaccessible) from 198.51.100.9 (198.51.100.14)
                  Origin EGP, metric 20, localpref 100, invalid, external
                  Last update: Sun Dec  6 21:02:02 2026

            """;

    @Test
    void theTableListsEachPrefixOnceWithItsLengthAlsoWhereQuaggaLeavesAClassfulOneOff() {
        assertThat(QuaggaShow.prefixes(TABLE)).containsExactly("192.168.0.30/32", "10.0.0.0/8", "203.0.113.0/24",
                "203.0.113.64/29", "172.16.0.0/16", "0.0.0.0/0");
    }

    @Test
    void detailViewsGiveEveryPathAndTheBestWithoutAReason() {
        LabRib rib = QuaggaShow.rib("openwrt", List.of(DETAIL, LOCAL));
        assertThat(rib.reportsReasons()).isFalse();
        IpPrefix p = IpPrefix.parse("192.168.0.30/32");
        assertThat(rib.routes().get(p)).hasSize(2);
        LabRib.Path best = rib.best(p).orElseThrow();
        assertThat(best.peer()).isEqualTo(Ip.parse("192.168.1.5"));
        assertThat(best.nextHop()).isEqualTo(Ip.parse("192.168.1.5"));
        assertThat(best.asPath()).containsExactly(65001L);
        assertThat(best.origin()).isEqualTo("IGP");
        assertThat(best.med()).isZero();
        assertThat(best.reason()).isNull();
        assertThat(best.internal()).isFalse();
        LabRib.Path local = rib.best(IpPrefix.parse("10.9.0.0/24")).orElseThrow();
        assertThat(local.local()).isTrue();
        assertThat(local.asPath()).isEmpty();
        assertThat(local.weight()).isEqualTo(32768);
    }

    @Test
    void flagsSetsMultipathAndInaccessiblePathsAreRead() {
        LabRib rib = QuaggaShow.rib("r", List.of(MULTIPATH));
        List<LabRib.Path> paths = rib.routes().get(IpPrefix.parse("203.0.113.64/29"));
        assertThat(paths).hasSize(2);
        LabRib.Path first = paths.get(0);
        assertThat(first.asPath()).containsExactly(64600L, 64859L, 64859L, 64859L);
        assertThat(first).extracting(LabRib.Path::origin, LabRib.Path::med, LabRib.Path::localPref,
                LabRib.Path::weight, LabRib.Path::internal, LabRib.Path::multipath, LabRib.Path::best, LabRib.Path::valid)
                .containsExactly("incomplete", null, 150L, 10L, true, true, true, true);
        LabRib.Path second = paths.get(1);
        assertThat(second.asPath()).containsExactly(65101L, 64859L, 64860L);
        assertThat(second.peer()).isEqualTo(Ip.parse("198.51.100.9"));
        assertThat(second.nextHop()).isEqualTo(Ip.parse("198.51.100.14"));
        assertThat(second).extracting(LabRib.Path::origin, LabRib.Path::med, LabRib.Path::valid, LabRib.Path::best)
                .containsExactly("EGP", 20L, false, false);
    }

    @Test
    void aPrefixNotInTheTableYieldsNoEntry() {
        assertThat(QuaggaShow.rib("r", List.of("% Network not in table\n")).routes()).isEmpty();
    }

    @Test
    void summaryStatesAPrefixCountIsEstablished() {
        String summary = """
                BGP router identifier 192.168.1.2, local AS number 65000
                RIB entries 3, using 336 bytes of memory
                Peers 4, using 36 KiB of memory

                Neighbor        V         AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  State/PfxRcd
                192.168.1.5     4 65001       3       4        0    0    0 00:00:09        2
                192.168.1.6     4 65001       0       0        0    0    0 never    Active     \s
                192.168.1.7     4 65001       0       0        0    0    0 never    Idle (Admin)
                2001:db8:ffff:ffff::2
                                4 65002      12      11        0    0    0 01:02:03        0

                Total number of neighbors 4
                """;
        assertThat(QuaggaShow.sessionStates(summary)).isEqualTo(Map.of("192.168.1.5", "Established",
                "192.168.1.6", "Active", "192.168.1.7", "Idle", "2001:db8:ffff:ffff::2", "Established"));
    }
}
