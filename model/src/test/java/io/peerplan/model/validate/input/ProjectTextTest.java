package io.peerplan.model.validate.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.SampleDesigns;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The walk skips components whose type cannot hold text ({@link TextTypes}); it must report exactly
 * the fields, pointers and paths that reading every component reports.
 */
class ProjectTextTest {
    private static final String MODEL = Topology.class.getPackageName();
    private static final BiPredicate<String, Grammar> EVERY = (value, grammar) -> true;

    @Test
    void skippingTheComponentsWithoutTextReportsTheSameFields() throws Exception {
        for (Topology t : SampleDesigns.withGenerated(new ScaleTopology.Spec(6, 120, 12, 3, 400),
                new ScaleTopology.Spec(4, 60, 8, 2, 200, true))) {
            List<TextField> every = ProjectText.fields(t, EVERY, true);
            assertThat(every).as(t.name()).isNotEmpty();
            assertThat(ProjectText.fields(t, EVERY)).as(t.name()).isEqualTo(every);
        }
    }

    // Declared types the tests below ask about.
    private record Numbers(int a, long b, Boolean c, Grammar d) {
    }

    private record Named(int a, String name) {
    }

    private record Nested(List<Numbers> numbers, Numbers one) {
    }

    private record Tree(int value, List<Tree> children) {
    }

    private record Holders(List<String> texts, List<Integer> counts, Map<Integer, Integer> byNumber, Object anything,
            CharSequence sequence, List<? extends Numbers> bounded, int[] array) {
    }

    @Test
    void typesThatCannotHoldText() throws Exception {
        for (String component : List.of("counts", "array")) {
            assertThat(TextTypes.mayHoldText(type(Holders.class, component), MODEL)).as(component).isFalse();
        }
        assertThat(TextTypes.mayHoldText(int.class, MODEL)).isFalse();
        assertThat(TextTypes.mayHoldText(Grammar.class, MODEL)).as("an enum").isFalse();
        assertThat(TextTypes.mayHoldText(Numbers.class, MODEL)).as("a model record of numbers").isFalse();
        assertThat(TextTypes.mayHoldText(type(Nested.class, "numbers"), MODEL)).as("a list of them").isFalse();
        assertThat(TextTypes.mayHoldText(Named.class, "some.other.package")).as("a record the walk does not enter").isFalse();
    }

    @Test
    void typesThatCanHoldText() throws Exception {
        for (String component : List.of("texts", "byNumber", "anything", "sequence", "bounded")) {
            assertThat(TextTypes.mayHoldText(type(Holders.class, component), MODEL)).as(component).isTrue();
        }
        assertThat(TextTypes.mayHoldText(String.class, MODEL)).isTrue();
        assertThat(TextTypes.mayHoldText(Named.class, MODEL)).isTrue();
        assertThat(TextTypes.mayHoldText(Tree.class, MODEL)).as("a record that contains itself").isTrue();
    }

    private static Type type(Class<? extends Record> record, String component) throws NoSuchMethodException {
        return record.getDeclaredMethod(component).getGenericReturnType();
    }
}
