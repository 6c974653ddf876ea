package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.InputRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** save → load → equal, and save is deterministic, on random valid topologies; text a field's grammar forbids is refused at that field. */
class ProjectRoundTripTest {

    @Property(tries = 200)
    void saveThenLoadGivesAnEqualTopology(@ForAll long seed, @ForAll("texts") List<String> texts) throws Exception {
        Topology t = RandomTopologies.generate(seed, texts);
        String first = ProjectCodec.write(t);
        byte[] bytes = first.getBytes(StandardCharsets.UTF_8);
        var violation = InputRules.firstProblem(t);
        if (violation.isPresent()) {
            // Random text in a field with a grammar (a command prefix, a log line): refused on load, at that field.
            assertThatThrownBy(() -> ProjectCodec.read("random", bytes)).isInstanceOf(ProjectLoadException.class)
                    .hasMessageContaining(violation.get().message());
        }
        Topology back = violation.isPresent() ? ProjectCodec.readWithoutFieldGrammar("random", bytes) : ProjectCodec.read("random", bytes);
        assertThat(back).isEqualTo(t);
        assertThat(ProjectCodec.write(back)).isEqualTo(first);
    }

    /** The block reader that loads a sound file (BlockYaml) gives Jackson's YAML tokens, or leaves the file to Jackson. */
    @Property(tries = 200)
    void theBlockReaderGivesJacksonsTokens(@ForAll long seed, @ForAll("texts") List<String> texts) throws Exception {
        BlockYamlTest.assertSameTokensOrOutside(ProjectCodec.write(RandomTopologies.generate(seed, texts)));
    }

    /** Free text that YAML finds awkward: quotes, colons, hashes, YAML keywords, numbers, unicode, newlines. */
    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> awkward = Arbitraries.of("yes", "no", "null", "~", "true", "0x1F", "1e3", "012", "- x", "a: b", "#c",
                "'q'", "\"dq\"", " lead", "trail ", "multi\nline", "Санкт-Петербург", "数据中心", "€", "[x]", "{y}", "&a", "*b", "!t",
                "%p", "@q", "`r`", "");
        Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(20)
                .filter(s -> s.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' || Character.getType(c) == Character.SURROGATE
                        || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE));
        return Arbitraries.oneOf(awkward, random).list().ofMinSize(1).ofMaxSize(12);
    }
}
