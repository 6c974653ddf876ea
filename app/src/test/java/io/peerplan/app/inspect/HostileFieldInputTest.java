package io.peerplan.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.MetalLbList;
import io.peerplan.app.design.Placed;
import io.peerplan.app.design.Refs;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: bad input in any field gives the message at the field and never a half-applied edit.
 * Every field and table cell of every element of every sample is given hostile text (control
 * characters, a line break carrying a router command, numbers out of every range, huge text, bad
 * addresses). Each write either refuses it with a message in words, which the inspector shows at
 * the field while the design stays as it was (a write is a pure function of the design), or takes
 * it into a design that saves and opens again unchanged: nothing the inspector accepts makes a
 * project file the loader refuses.
 */
class HostileFieldInputTest {
    private static final List<String> PROBLEMS = new ArrayList<>();
    private static final List<String> HOSTILE = List.of(" ", "\u0000", "a\u0007b", "name\nrouter bgp 1", "line\r\nexit",
            "-1", "4294967296", "99999999999999999999999", "1e400", "x".repeat(5000), "203.0.113.1/33", "256.1.1.1",
            "fe80::g", "{{ .Values }}", "'; reboot", "\u202eevil", "two words", "0x10", "65536:1");

    @Test
    void everyFieldRefusesWithAMessageOrKeepsAValueTheProjectFileHolds() throws ProjectLoadException {
        int refused = 0;
        int taken = 0;
        for (String sample : Samples.names()) {
            Topology t = Samples.load(sample);
            for (String key : SampleElements.keys(t)) {
                for (FieldSpec f : InspectorFields.of(t, key)) {
                    for (String text : HOSTILE) {
                        String what = sample + ": " + key + " " + f.section() + "/" + f.label() + " = " + printable(text);
                        if (f.editor() == FieldSpec.Editor.READ_ONLY) {
                            continue;
                        }
                        if (f.table() != null) {
                            for (int c = 0; c < f.table().columns().size(); c++) {
                                int column = c;
                                if (f.table().rows(t).isEmpty()) {
                                    break;
                                }
                                boolean ok = attempt(what + " [row 1, " + f.table().columns().get(c).header() + "]",
                                        () -> f.table().setCell(t, 0, column, text));
                                refused += ok ? 0 : 1;
                                taken += ok ? 1 : 0;
                            }
                            continue;
                        }
                        boolean ok = attempt(what, () -> f.write().apply(t, text));
                        refused += ok ? 0 : 1;
                        taken += ok ? 1 : 0;
                    }
                }
            }
        }
        assertThat(PROBLEMS).as("fields that took hostile text badly").isEmpty();
        assertThat(refused).as("hostile values refused").isGreaterThan(3000);
        assertThat(taken).as("values any text may hold (descriptions, names)").isGreaterThan(0);
    }

    /** True when the edit was taken (and the design it makes saves and loads back); false when refused in words. */
    private static boolean attempt(String what, java.util.function.Supplier<Topology> edit) {
        Topology after;
        try {
            after = edit.get();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as(what).isNotBlank().doesNotContain("Exception").doesNotContain("java.")
                    .doesNotContain("For input string");
            return false;
        } catch (RuntimeException e) {
            PROBLEMS.add(what + ": the field failed with " + e + " instead of saying what is wrong");
            return false;
        }
        String yaml = ProjectCodec.write(after);
        try {
            Topology back = ProjectCodec.read("edited.peerplan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            assertThat(ProjectCodec.write(back)).as(what + ": saved and opened again").isEqualTo(yaml);
        } catch (ProjectLoadException e) {
            PROBLEMS.add(what + ": the inspector took a value the project file cannot hold: " + e.getMessage());
        }
        return true;
    }

    private static String printable(String s) {
        String shown = s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0") + "'";
    }
}
