package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A problem repeated across many elements is reported once, with a count, not once per pair: a
 * shared project with 3,000 copies of one network gave 4.5 million overlap findings (1.4 GB of
 * text, 6 GB of heap) before overlaps were grouped by subnet.
 */
class RepeatedFindingsTest {
    private static final String OVERLAP = "ADDR-NETWORK-OVERLAP";

    @Test
    void threeThousandCopiesOfOneNetworkAreOneFindingNamingTheCount() {
        Fixture copies = AddressingCases.TWO.append("/networks", IntStream.range(0, 3000)
                .mapToObj(i -> "{id: copy-" + i + ", region: bravo, cidr: 10.77.0.0/24, kind: lan}").toList());

        List<Finding> overlaps = copies.findings(OVERLAP);

        assertThat(overlaps).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("networks copy-0, copy-1, copy-2 and 2,997 more (each 10.77.0.0/24) overlap in region Bravo");
            assertThat(f.elementIds()).hasSize(3000).startsWith("copy-2999").endsWith("copy-0");
        });
    }

    @Test
    void subnetsInsideOneNetworkAreOneFindingEachNotOnePerPair() {
        Fixture nested = AddressingCases.TWO.append("/networks", IntStream.range(0, 1000)
                .mapToObj(i -> "{id: inner-" + i + ", region: bravo, cidr: 10.78." + (i / 16) + "." + (i % 16 * 16) + "/28, kind: lan}")
                .toList()).set("/networks/-", "{id: outer, region: bravo, cidr: 10.78.0.0/16, kind: lan}");

        List<Finding> overlaps = nested.findings(OVERLAP);

        assertThat(overlaps).hasSize(1000).allSatisfy(f -> assertThat(f.elementIds()).hasSize(2).first().isEqualTo("outer"));
        assertThat(overlaps).extracting(Finding::message)
                .contains("networks inner-17 (10.78.1.16/28) and outer (10.78.0.0/16) overlap in region Bravo");
    }

    @Test
    void twoCopiesKeepThePairMessage() {
        List<Finding> overlaps = AddressingCases.TWO.set("/networks/-", "{id: twin, region: alfa, cidr: 192.168.247.0/24, kind: lan}")
                .findings(OVERLAP);

        assertThat(overlaps).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("networks Cloud network Alfa (192.168.247.0/24) and twin (192.168.247.0/24) overlap in region Alfa");
            assertThat(f.elementIds()).containsExactly("twin", "alfa-cloud");
        });
    }

    @Test
    void interfacesOfOneRouterOnManyCopiesOfOneSubnetAreOneFinding() {
        Fixture copies = AddressingCases.TWO.append("/routers/0/interfaces", IntStream.range(0, 2000)
                .mapToObj(i -> "{name: dummy" + i + ", address: 10.79." + (i / 250) + "." + (i % 250 + 1) + "/16}").toList());

        List<Finding> overlaps = copies.findings(OVERLAP);

        assertThat(overlaps).singleElement().satisfies(f -> assertThat(f.message())
                .endsWith("has overlapping subnets on dummy0, dummy1, dummy2 and 1,997 more (each 10.79.0.0/16)"));
    }
}
