package io.peerplan.export.testlab;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing machine part skips a test on a developer's machine and fails it under CI=true. */
class RequiresTest {

    @Test
    void aMissingPartSkipsOutsideCi() {
        assertThatThrownBy(() -> Requires.check(false, () -> "Xvfb (apt-get install xvfb)", false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("needs Xvfb (apt-get install xvfb)");
    }

    @Test
    void aMissingPartFailsUnderCi() {
        assertThatThrownBy(() -> Requires.check(false, () -> "Quagga's bgpd", true))
                .isInstanceOf(AssertionError.class).isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("CI=true").hasMessageContaining("Quagga's bgpd");
    }

    @Test
    void aPresentPartDoesNothing() {
        assertThatCode(() -> Requires.check(true, () -> "anything", true)).doesNotThrowAnyException();
        assertThatCode(() -> Requires.check(true, () -> "anything", false)).doesNotThrowAnyException();
    }
}
