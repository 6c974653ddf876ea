package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Cluster;
import java.util.ArrayList;
import java.util.List;

/**
 * kubectl command lines for pushing a cluster's MetalLB objects from its management host, each
 * argument quoted and the context validated. Server-side apply under the field manager
 * {@value #FIELD_MANAGER}, so a later apply of a restored object removes exactly the fields this
 * push added (Kubernetes server-side apply: fields owned by a manager and omitted are removed).
 */
final class KubectlCommands {
    static final String FIELD_MANAGER = "peerplan";
    private final List<String> base;

    KubectlCommands(Cluster c) throws PushFailure {
        List<String> b = new ArrayList<>(RemoteValues.commandPrefix(c.id(), c.management().commandPrefix()));
        b.add("kubectl");
        if (c.kubeContext() != null) {
            b.add("--context");
            b.add(RemoteValues.kubeContext(c.id(), c.kubeContext()));
        }
        base = List.copyOf(b);
    }

    /** Exit 0: no difference; 1: differences (printed); above 1: kubectl failed. */
    String diff(String file) {
        return cmd("diff", "--server-side", "--field-manager", FIELD_MANAGER, "-f", file);
    }

    String existing(String file) {
        return cmd("get", "--ignore-not-found", "-o", "name", "-f", file);
    }

    String saveJson(String file) {
        return cmd("get", "--ignore-not-found", "-o", "json", "-f", file);
    }

    String apply(String file) {
        return cmd("apply", "--server-side", "--force-conflicts", "--field-manager", FIELD_MANAGER, "-f", file);
    }

    String delete(String namespace, String name) {
        return cmd("delete", "--ignore-not-found", "-n", namespace, name);
    }

    private String cmd(String... args) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(args));
        return ShellQuote.join(all);
    }
}
