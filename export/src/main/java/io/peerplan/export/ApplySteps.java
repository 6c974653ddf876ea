package io.peerplan.export;

import io.peerplan.export.metallb.MetalLbHeader;
import io.peerplan.export.text.ShellQuote;
import io.peerplan.export.text.UnwritableValueException;
import io.peerplan.model.Cluster;
import io.peerplan.model.Management;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.validate.input.CommandPrefix;
import java.util.List;

/** The README's per-directory sections: where each file goes and the exact commands that apply it. */
final class ApplySteps {
    private ApplySteps() {
    }

    static void router(StringBuilder b, TopologyIndex index, Router r, BundleEntry e, ExportOptions o) {
        RouterExporter exporter = RouterExporters.of(e.platform());
        Management m = r.management();
        boolean known = m != null && m.host() != null;
        // ssh/scp destination; ROUTER when the design does not say how to reach the device.
        String login = known ? (m.user() == null ? "" : m.user() + "@") + m.host() : "ROUTER";
        // Every word of a generated shell line goes through ShellQuote: the reader pastes these lines into a shell.
        String sudo = m != null && exporter.shellLogin() ? prefix(m.commandPrefix()) : "";
        String port = m != null && m.port() != null && m.port() != 22 ? " -P " + m.port() : "";
        String sshPort = m != null && m.port() != null && m.port() != 22 ? " -p " + m.port() : "";
        b.append("## ").append(r.id()).append(" (").append(e.format()).append(")\n\n");
        b.append("Log in with `ssh").append(sshPort).append(' ').append(ShellQuote.quote(login))
                .append("`; the commands run there").append(sudo.isEmpty() ? "" : " with `" + sudo.strip() + "`").append(".\n\n");
        exporter.applySteps(new ApplyContext(index, r, o, e.files(), login, sudo, port), b);
        if (!known) {
            b.append("The design has no management address for ").append(r.id()).append("; replace `ROUTER` with it.\n\n");
        }
    }

    /** The command prefix's words, quoted, with a trailing space; empty without one. */
    private static String prefix(String commandPrefix) {
        List<String> words = CommandPrefix.parse(commandPrefix).orElseThrow(() -> new UnwritableValueException(
                "a shell command line", commandPrefix, "is not an allowed command prefix (" + CommandPrefix.DESCRIPTION + ")"));
        return words.isEmpty() ? "" : ShellQuote.join(words) + " ";
    }

    static void cluster(StringBuilder b, Cluster c, BundleEntry e) {
        String ctx = MetalLbHeader.context(c);
        String ns = ShellQuote.quote(c.effectiveNamespace());
        String d = c.id() + "/";
        b.append("## ").append(c.id()).append(" (").append(e.format()).append(")\n\n");
        b.append("MetalLB must already be installed in namespace `").append(BundleReadme.text(c.effectiveNamespace()))
                .append("` of cluster ").append(BundleReadme.text(c.displayName())).append(".\n\n");
        List<String> secrets = e.style() == Cluster.ConfigStyle.LEGACY_CONFIGMAP ? List.of() : c.metallb().peers().stream()
                .map(p -> p.passwordSecret()).filter(java.util.Objects::nonNull).distinct().toList();
        for (String s : secrets) {
            b.append("First create the BGP password secret `").append(s).append("` that a BGPPeer names "
                    + "(MetalLB wants type kubernetes.io/basic-auth, key `password`):\n\n       kubectl").append(ctx).append(" -n ")
                    .append(ns).append(" create secret generic ").append(ShellQuote.quote(s))
                    .append(" --type=kubernetes.io/basic-auth --from-literal=password='...'\n\n");
        }
        if (e.style() == Cluster.ConfigStyle.LEGACY_CONFIGMAP) {
            b.append("1. Apply the ConfigMap, then restart the controller so that MetalLB < 0.13 reads it:\n\n")
                    .append("       kubectl").append(ctx).append(" apply -f ").append(ShellQuote.quote(d + "metallb-config.yaml")).append('\n')
                    .append("       kubectl").append(ctx).append(" -n ").append(ns)
                    .append(" delete pod -l app=metallb,component=controller\n\n");
        } else {
            b.append("1. Apply the MetalLB objects (in dependency order, so the admission webhook accepts each):\n\n")
                    .append("       kubectl").append(ctx).append(" apply -f ").append(ShellQuote.quote(d + "metallb.yaml")).append("\n\n");
        }
        if (e.files().contains("services.yaml")) {
            b.append("2. Apply the services:\n\n       kubectl").append(ctx).append(" apply -f ").append(ShellQuote.quote(d + "services.yaml")).append("\n\n");
        }
    }
}
