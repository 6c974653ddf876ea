package io.peerplan.model.validate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.validate.core.BgpCommunity.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MetalLB's community parser: the kind each text gets (internal/bgp/community/community.go). */
class BgpCommunityTest {

    @ParameterizedTest
    @CsvSource({"65535:65535, STANDARD", "0:0, STANDARD", "65536:1, INVALID_VALUE", "1:-1, INVALID_VALUE", "+1:1, INVALID_VALUE",
            "large:4294967295:0:1, LARGE", "large:4294967296:0:1, INVALID_VALUE", "big:1:2:3, INVALID_VALUE", "no-export, ALIAS",
            "1:2:3, ALIAS", "1:2:3:4:5, ALIAS", ":1, INVALID_VALUE"})
    void kinds(String text, Kind kind) {
        assertThat(BgpCommunity.parse(text).kind()).isEqualTo(kind);
    }
}
