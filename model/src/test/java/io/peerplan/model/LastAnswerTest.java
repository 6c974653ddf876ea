package io.peerplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LastAnswer asks again for any other instance, even an equal one, and not for the same one. */
class LastAnswerTest {

    @Test
    void keepsTheAnswerForTheSameInstanceOnly() {
        List<String> asked = new ArrayList<>();
        LastAnswer<StringBuilder, String> upper = new LastAnswer<>(k -> {
            asked.add(k.toString());
            return k.toString().toUpperCase();
        });
        StringBuilder a = new StringBuilder("alfa");
        StringBuilder sameText = new StringBuilder("alfa");
        assertThat(upper.of(a)).isEqualTo("ALFA");
        assertThat(upper.of(a)).isEqualTo("ALFA");
        assertThat(upper.of(sameText)).isEqualTo("ALFA");
        assertThat(upper.of(a)).isEqualTo("ALFA");
        assertThat(asked).containsExactly("alfa", "alfa", "alfa");
    }
}
