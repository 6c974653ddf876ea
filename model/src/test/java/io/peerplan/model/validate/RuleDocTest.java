package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/validation.md lists every rule with its severity and title, so the reference cannot drift. */
class RuleDocTest {

    @Test
    void everyRuleIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "validation.md"));
        assertThat(Validator.rules()).allSatisfy(r -> assertThat(doc).as(r.id())
                .contains("| `" + r.id() + "` | " + r.severity().keyword() + " | " + r.title().replace("|", "\\|") + " |"));
    }

    @Test
    void rulesAreWellFormed() {
        assertThat(Validator.rules()).extracting(RuleInfo::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Z0-9]+(-[A-Z0-9]+)+"));
        assertThat(Validator.rules()).allSatisfy(r -> {
            assertThat(r.id()).startsWith(r.family().prefix());
            assertThat(r.source()).isNotBlank();
        });
    }
}
