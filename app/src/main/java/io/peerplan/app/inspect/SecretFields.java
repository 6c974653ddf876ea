package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.model.KubeSecret;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Secret in MetalLB's namespace that a BGPPeer's {@code passwordSecret} names: its name, type and
 * key names. Never its values: a design holds no password (the exporters write a placeholder).
 * MetalLB reads only a {@value KubeSecret#BASIC_AUTH} Secret's {@value KubeSecret#PASSWORD_KEY} key
 * (internal/config/config.go passwordFromSecretForPeer); the validator reports a peer whose Secret
 * has another type or lacks the key.
 */
final class SecretFields {
    /** apimachinery validation.IsConfigMapKey, which Secret data keys follow: letters, digits, '-', '_', '.'. */
    private static final Pattern DATA_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,253}");
    private static final List<String> TYPES = List.of("", KubeSecret.BASIC_AUTH, "Opaque");

    private SecretFields() {
    }

    static List<FieldSpec> of(String key) {
        return List.of(
                MetalLbObjectFields.name(key, MetalLbList.SECRETS),
                FieldSpec.choice("Secret", "Type", TYPES, "type: MetalLB wants " + KubeSecret.BASIC_AUTH + " (empty: Opaque)",
                        t -> Parse.text(Fields.<KubeSecret>typed(t, key).type()),
                        (t, s) -> Elements.replace(t, key, Fields.<KubeSecret>typed(t, key).withType(Parse.optional(s)))),
                FieldSpec.table("Secret", "Keys", "The names under data: MetalLB reads " + KubeSecret.PASSWORD_KEY
                        + "; the values stay out of the design",
                        ListTable.<String>of("key", t -> Fields.<KubeSecret>typed(t, key).keys(),
                                (t, list) -> Elements.replace(t, key, Fields.<KubeSecret>typed(t, key).withKeys(list)),
                                (t, present) -> freeKey(present))
                                .text("Key", "A data key: letters, digits, '-', '_' and '.'", v -> v, (t, v, s) -> dataKey(s))
                                .unique("key", v -> v)));
    }

    /** A Secret MetalLB can use as added: basic-auth with the password key. */
    static KubeSecret fresh(String name) {
        return new KubeSecret(name, KubeSecret.BASIC_AUTH, List.of(KubeSecret.PASSWORD_KEY));
    }

    private static String dataKey(String s) {
        String v = Parse.required(s, "a key name");
        if (!DATA_KEY.matcher(v).matches() || v.equals(".") || v.equals("..")) {
            throw new IllegalArgumentException("'" + v + "' is not a Secret data key: letters, digits, '-', '_' and '.' only");
        }
        return v;
    }

    private static String freeKey(List<String> present) {
        if (!present.contains(KubeSecret.PASSWORD_KEY)) {
            return KubeSecret.PASSWORD_KEY;
        }
        int n = 1;
        while (present.contains("key-" + n)) {
            n++;
        }
        return "key-" + n;
    }
}
