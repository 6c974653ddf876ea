package io.peerplan.model.validate.input;

import io.peerplan.model.LastAnswer;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every text field against the grammar of the files and command lines it is written into
 * ({@link FieldGrammars}). The project loader refuses a file with any of these findings, naming
 * the first one's line and column ({@link #firstProblem}); the validator reports them for designs
 * edited or imported in memory. Exporters refuse such values again by construction.
 */
public final class InputRules {
    public static final RuleInfo CONTROL_CHARACTER = RuleInfo.error("INPUT-CONTROL-CHARACTER", RuleFamily.INPUT,
            "A text field holds a line break or another control character",
            "YAML 1.1 spec 5.4 (line breaks include U+0085, U+2028, U+2029); FRR lib/vty.c reads one command per line;"
                    + " RouterOS scripting manual (one command per line)");
    public static final RuleInfo CONFIG_WORD = RuleInfo.error("INPUT-CONFIG-WORD", RuleFamily.INPUT,
            "A name written as one word of a router command holds a space or '?', or is empty",
            "FRR lib/command_lex.l and Quagga lib/command.c cmd_make_strvec split at whitespace; vtysh binds '?' to help");
    public static final RuleInfo FRR_LOG = RuleInfo.error("INPUT-FRR-LOG", RuleFamily.INPUT,
            "A router's log setting is not an FRR log destination", "FRR lib/log_vty.c (log stdout|syslog|file FILENAME [LEVEL])");
    public static final RuleInfo KUBERNETES_NAME = RuleInfo.error("INPUT-KUBERNETES-NAME", RuleFamily.INPUT,
            "A Service's name or namespace is not a name Kubernetes accepts",
            "Kubernetes apimachinery IsDNS1123Label (namespaces), IsDNS1035Label (ValidateServiceName)");
    public static final RuleInfo MANAGEMENT = RuleInfo.error("INPUT-MANAGEMENT", RuleFamily.INPUT,
            "A push setting (host, user, pathspace, command prefix, Quagga layout, kubectl context) is not usable as written",
            "OpenSSH ssh(1) and sh -c command lines; sudo(8), doas(1); FRR -N pathspace; OpenWrt and Quagga (redhat/*.service) file layouts");

    private static final List<Family> FAMILIES = List.of(
            new Family(CONTROL_CHARACTER, EnumSet.allOf(Grammar.class), Grammar.Kind.CONTROL),
            new Family(CONFIG_WORD, EnumSet.of(Grammar.WORD, Grammar.SECRET_NAME), Grammar.Kind.SYNTAX),
            new Family(FRR_LOG, EnumSet.of(Grammar.FRR_LOG), Grammar.Kind.SYNTAX),
            new Family(KUBERNETES_NAME, EnumSet.of(Grammar.DNS_LABEL, Grammar.DNS_1035_LABEL), Grammar.Kind.SYNTAX),
            new Family(MANAGEMENT, EnumSet.of(Grammar.HOST, Grammar.USER, Grammar.PATHSPACE, Grammar.COMMAND_PREFIX,
                    Grammar.QUAGGA_LAYOUT, Grammar.KUBE_CONTEXT), Grammar.Kind.SYNTAX));

    /** One rule: the grammars it covers and the kind of problem it reports. */
    private record Family(RuleInfo info, Set<Grammar> grammars, Grammar.Kind kind) {
        boolean covers(TextField f, Grammar.Problem p) {
            return grammars.contains(f.grammar()) && p.kind() == kind;
        }
    }

    /** A field that does not fit its grammar: where it is, which rule, and the sentence to show. */
    public record Violation(TextField field, RuleInfo rule, String message) {
    }

    private InputRules() {
    }

    public static List<Rule> rules() {
        return FAMILIES.stream().map(f -> Rule.of(f.info(), (ctx, sink) -> report(f, ctx, sink))).toList();
    }

    /** The first field that does not fit, in file order: what the loader refuses. */
    public static Optional<Violation> firstProblem(Topology t) {
        return violations(t).stream().findFirst();
    }

    /**
     * Every field that does not fit, in file order. The last topology's answer is kept: a command
     * that loads a project (which checks it) and then validates it walks its text once, not twice.
     * A topology is an immutable value, so the answer for the same instance cannot change.
     */
    public static List<Violation> violations(Topology t) {
        return VIOLATIONS.of(t);
    }

    private static final LastAnswer<Topology, List<Violation>> VIOLATIONS = new LastAnswer<>(t -> {
        List<Violation> out = new ArrayList<>();
        // Only the values that break their grammar become TextFields (with their pointer and path).
        for (TextField f : ProjectText.fields(t, (value, grammar) -> grammar.check(value).isPresent())) {
            f.grammar().check(f.value()).ifPresent(p -> FAMILIES.stream().filter(fam -> fam.covers(f, p)).findFirst()
                    .ifPresent(fam -> out.add(new Violation(f, fam.info(), f.where() + " " + p.reason()))));
        }
        return List.copyOf(out);
    });

    private static void report(Family family, Context ctx, Sink sink) {
        // One walk of the project serves all five rules.
        List<Violation> all = ctx.memo("input-violations", () -> violations(ctx.topology()));
        for (Violation v : all) {
            if (v.rule() == family.info()) {
                TextField f = v.field();
                sink.report(v.message(), f.element() == null ? List.of() : List.of(f.element()), hint(f.grammar()));
            }
        }
    }

    private static String hint(Grammar g) {
        return switch (g) {
            case TEXT, LINE -> "remove the control character (descriptions may span lines; other fields are one line)";
            case SECRET_NAME -> "name the secret with letters, digits, '.', '_' and '-'";
            case WORD -> "use a name without spaces or '?', e.g. letters, digits, '-', '_', '.'";
            case FRR_LOG -> "write e.g. 'syslog informational' or 'file /var/log/frr/frr.log'";
            case DNS_LABEL, DNS_1035_LABEL -> "use lower-case letters, digits and '-'";
            case COMMAND_PREFIX -> "use " + CommandPrefix.DESCRIPTION;
            case HOST, USER, PATHSPACE, KUBE_CONTEXT -> "write the value as the device or kubeconfig knows it";
            case QUAGGA_LAYOUT -> "write " + io.peerplan.model.QuaggaLayout.names();
        };
    }
}
