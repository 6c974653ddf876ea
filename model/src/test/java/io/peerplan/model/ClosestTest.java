package io.peerplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestTest {
    private static final List<String> COMMANDS = List.of("samples", "show", "validate", "simulate", "generate",
            "benchmark", "export", "import", "lab", "push", "help");

    @Test
    void aTypoFindsTheCommand() {
        assertThat(Closest.to("valdate", COMMANDS, 3)).containsExactly("validate");
        assertThat(Closest.to("simualte", COMMANDS, 3)).containsExactly("simulate");
        assertThat(Closest.didYouMean("exprot", COMMANDS)).isEqualTo(" Did you mean 'export'?");
    }

    @Test
    void closestComeFirstAndAPrefixCounts() {
        List<String> ids = List.of("antares", "betelgeuse", "gateway-alfa-unoone", "gateway-bravo-unotwo", "alfa");
        assertThat(Closest.to("antres", ids, 3)).containsExactly("antares");
        assertThat(Closest.to("gateway", ids, 3)).containsExactly("gateway-alfa-unoone", "gateway-bravo-unotwo");
        assertThat(Closest.didYouMean("gateway", ids)).isEqualTo(" Did you mean 'gateway-alfa-unoone' or 'gateway-bravo-unotwo'?");
    }

    @Test
    void nothingCloseSaysNothing() {
        assertThat(Closest.to("nosuch", COMMANDS, 3)).isEmpty();
        assertThat(Closest.didYouMean("zzz", COMMANDS)).isEmpty();
        assertThat(Closest.to("x", List.of(), 3)).isEmpty();
    }

    @Test
    void distanceIsLevenshtein() {
        assertThat(Closest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Closest.distance("", "abc")).isEqualTo(3);
        assertThat(Closest.distance("same", "same")).isZero();
    }
}
