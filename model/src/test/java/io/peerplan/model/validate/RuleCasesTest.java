package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule has a fixture that triggers it and a near miss, one small step away, that does not.
 * The fixtures are the bundled samples edited at JSON pointers.
 */
class RuleCasesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(MetalLbCases.cases(), SpeakerCases.cases(), SessionCases.cases(), AddressingCases.cases(), AsnCases.cases(),
                PolicyCases.cases(), GraphCases.cases(), InputCases.cases()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void triggerReportsTheRule(RuleCase c) {
        List<Finding> found = c.trigger().findings(c.ruleId());
        assertThat(found).as("findings of %s for: %s", c.ruleId(), c.description()).isNotEmpty();
        if (c.expect() != null) {
            assertThat(found).extracting(Finding::message).as("message of %s", c.ruleId()).anyMatch(m -> m.contains(c.expect()));
        }
        assertThat(found).allSatisfy(f -> assertThat(f.elementIds()).as("elements of %s", f.message()).isNotEmpty());
        assertThat(found).noneMatch(f -> f.message().startsWith("Peerplan could not finish"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nearMissDoesNot(RuleCase c) {
        assertThat(c.nearMiss().findings(c.ruleId())).as("near miss for %s: %s", c.ruleId(), c.description()).isEmpty();
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = cases().map(RuleCase::ruleId).collect(Collectors.toSet());
        assertThat(Validator.rules()).extracting(RuleInfo::id).allSatisfy(id -> assertThat(covered).as("cases for " + id).contains(id));
        assertThat(covered).allSatisfy(id -> assertThat(Validator.rule(id)).as("rule " + id + " exists").isPresent());
    }
}
