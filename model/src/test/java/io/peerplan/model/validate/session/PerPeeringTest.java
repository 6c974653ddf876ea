package io.peerplan.model.validate.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Merged speaker findings read as English: verbs agree with "the speakers on a, b". */
class PerPeeringTest {

    @ParameterizedTest
    @CsvSource({"has, have", "reaches, reach", "sends, send", "expects, expect", "uses, use", "connects, connect"})
    void plural(String verb, String plural) {
        assertThat(PerPeering.plural(verb)).isEqualTo(plural);
    }

    @ParameterizedTest
    @CsvSource({"'the speakers on x', The speakers on x", "'both a and b', Both a and b", "'gateway-alfa runs', gateway-alfa runs"})
    void capitalisesOnlyCommonWords(String in, String out) {
        assertThat(PerPeering.capitalize(in)).isEqualTo(out);
    }
}
