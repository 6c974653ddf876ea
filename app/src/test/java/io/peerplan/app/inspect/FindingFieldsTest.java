package io.peerplan.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingFieldsTest {

    @Test
    void everyRuleNamedIsOneTheValidatorHas() {
        List<String> rules = Validator.rules().stream().map(RuleInfo::id).toList();
        assertThat(rules).containsAll(FindingFields.rules());
    }

    @Test
    void theFirstCandidateTheFormHasWins() {
        assertThat(FindingFields.field("ADDR-DUPLICATE-IP", List.of("Id", "Name", "Address"))).contains("Address");
        assertThat(FindingFields.field("ADDR-DUPLICATE-IP", List.of("Id", "Interfaces"))).contains("Interfaces");
        assertThat(FindingFields.field("GRAPH-ISOLATED", List.of("Id", "Name"))).isEmpty();
    }

    @Test
    void theRulesOrderOfFieldsComesBeforeTheFindingsOrderOfElements() {
        var target = FindingFields.target("BGP-SESSION-ASN-MISMATCH", List.of("gw", "peering"),
                k -> k.equals("gw") ? List.of("AS number") : List.of("Peer address", "Remote AS"));
        assertThat(target).contains(new FindingFields.Target("peering", "Remote AS"));
    }
}
