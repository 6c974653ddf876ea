package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading FRR 8.4's table JSON (text as bgpd printed it in the lab) and comparing it with a prediction. */
class LabComparisonTest {
    /** x's table from the fact lab (FrrFactsTest batch 1): multipath, a local route, an invalid network. */
    static final String TABLE = """
            {
             "vrfId": 0, "routerId": "10.0.0.4", "defaultLocPrf": 100, "localAS": 65010,
             "routes": { "198.18.2.0/24": [{"valid":true,"bestpath":true,"selectionReason":"First path received","pathFrom":"external","prefix":"198.18.2.0","prefixLen":24,"network":"198.18.2.0/24","version":1,"metric":0,"weight":32768,"peerId":"(unspec)","path":"","origin":"IGP","nexthops":[{"ip":"0.0.0.0","hostname":"x","afi":"ipv4","used":true}]}],
             "203.0.113.0/25": [{"valid":true,"multipath":true,"pathFrom":"external","prefix":"203.0.113.0","prefixLen":25,"network":"203.0.113.0/25","version":16,"metric":0,"weight":0,"peerId":"198.51.100.3","path":"65001","origin":"IGP","nexthops":[{"ip":"198.51.100.3","hostname":"c","afi":"ipv4","used":true}]},
               {"valid":true,"pathFrom":"external","prefix":"203.0.113.0","prefixLen":25,"network":"203.0.113.0/25","version":16,"metric":0,"weight":0,"peerId":"198.51.100.2","path":"65002","origin":"IGP","nexthops":[{"ip":"198.51.100.2","hostname":"b","afi":"ipv4","used":true}]},
               {"valid":true,"bestpath":true,"selectionReason":"Older Path","pathFrom":"external","prefix":"203.0.113.0","prefixLen":25,"network":"203.0.113.0/25","version":16,"metric":0,"weight":0,"peerId":"198.51.100.1","path":"65001","origin":"IGP","nexthops":[{"ip":"198.51.100.1","hostname":"a","afi":"ipv4","used":true}]}],
             "198.18.8.0/24": [{"valid":true,"bestpath":true,"selectionReason":"Router ID","pathFrom":"internal","prefix":"198.18.8.0","prefixLen":24,"network":"198.18.8.0/24","version":3,"metric":0,"locPrf":100,"weight":0,"peerId":"198.51.100.5","path":"","origin":"incomplete","nexthops":[{"ip":"198.51.100.5","hostname":"d","afi":"ipv4","used":true}]}],
             "203.0.113.64/29": [{"valid":false,"pathFrom":"external","prefix":"203.0.113.64","prefixLen":29,"network":"203.0.113.64/29","version":0,"metric":0,"weight":32768,"peerId":"(unspec)","path":"","origin":"IGP","nexthops":[{"ip":"0.0.0.0","hostname":"x","afi":"ipv4","used":true}]}]
             }
            }
            """;

    @Test
    void parsesTheTable() {
        LabRib rib = FrrJson.rib("x", TABLE);
        LabRib.Path local = rib.best(p("198.18.2.0/24")).orElseThrow();
        assertThat(local.local()).isTrue();
        assertThat(local.weight()).isEqualTo(32768);
        assertThat(local.med()).isZero();
        assertThat(local.localPref()).isNull();
        LabRib.Path mp = rib.best(p("203.0.113.0/25")).orElseThrow();
        assertThat(mp.peer()).hasToString("198.51.100.1");
        assertThat(mp.reason()).isEqualTo("Older Path");
        assertThat(LabComparison.multipath(rib.routes().get(p("203.0.113.0/25"))))
                .containsExactlyInAnyOrder(ip("198.51.100.1"), ip("198.51.100.3"));
        LabRib.Path ibgp = rib.best(p("198.18.8.0/24")).orElseThrow();
        assertThat(ibgp.internal()).isTrue();
        assertThat(ibgp.origin()).isEqualTo("incomplete");
        assertThat(ibgp.localPref()).isEqualTo(100);
        assertThat(rib.best(p("203.0.113.64/29"))).isEmpty();
    }

    @Test
    void agreementNeedsSameNeighborPathNextHopReasonAndMultipath() {
        LabRib rib = FrrJson.rib("x", TABLE);
        Prediction sim = new Prediction(Map.of("x", Map.of(
                p("198.18.2.0/24"), new Prediction.Best(null, List.of(), null, "First path received", Set.of()),
                p("203.0.113.0/25"), new Prediction.Best(ip("198.51.100.1"), List.of(65001L), ip("198.51.100.1"),
                        "Router ID", Set.of(ip("198.51.100.1"), ip("198.51.100.3"))),
                p("198.18.8.0/24"), new Prediction.Best(ip("198.51.100.5"), List.of(), ip("198.51.100.5"),
                        "Router ID", Set.of()),
                p("198.18.99.0/24"), new Prediction.Best(ip("198.51.100.5"), List.of(), ip("198.51.100.5"),
                        "First path received", Set.of()))));
        LabComparison.Report r = LabComparison.compare(Map.of("x", rib), sim, Set.of("x"));
        assertThat(r.entries()).hasSize(4);
        assertThat(r.agreements()).extracting(e -> e.prefix().toString())
                .containsExactlyInAnyOrder("198.18.2.0/24", "198.18.8.0/24");
        assertThat(r.disagreements()).extracting(e -> e.prefix() + " " + e.differences())
                .containsExactlyInAnyOrder("203.0.113.0/25 [reason]", "198.18.99.0/24 [FRR has no best path]");
        assertThat(r.summary()).isEqualTo("2 of 4 (speaker, prefix) best paths agree; 2 differ");
        assertThat(r.disagreements().getFirst().toString()).startsWith("DIFFER x ");
    }

    static IpPrefix p(String s) {
        return IpPrefix.parse(s);
    }

    static Ip ip(String s) {
        return Ip.parse(s);
    }
}
