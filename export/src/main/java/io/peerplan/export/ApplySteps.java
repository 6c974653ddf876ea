package io.peerplan.export;

import io.peerplan.export.metallb.MetalLbHeader;
import io.peerplan.export.push.ShellQuote;
import io.peerplan.export.text.UnwritableValueException;
import io.peerplan.model.Cluster;
import io.peerplan.model.Management;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.validate.input.CommandPrefix;
import java.util.List;

/** The README's per-directory sections: where each file goes and the exact commands that apply it. */
final class ApplySteps {
    private ApplySteps() {
    }

    static void router(StringBuilder b, TopologyIndex index, Router r, BundleExporter.Entry e, ExportOptions o) {
        Management m = r.management();
        boolean known = m != null && m.host() != null;
        // ssh/scp destination; ROUTER when the design does not say how to reach the device.
        // Every word of a generated shell line goes through ShellQuote: the reader pastes these lines into a shell.
        String rawLogin = known ? (m.user() == null ? "" : m.user() + "@") + m.host() : "ROUTER";
        String login = ShellQuote.quote(rawLogin);
        boolean routerOs = e.platform() == Platform.ROUTEROS_V6 || e.platform() == Platform.ROUTEROS_V7;
        String sudo = m != null && !routerOs ? prefix(m.commandPrefix()) : "";
        String port = m != null && m.port() != null && m.port() != 22 ? " -P " + m.port() : "";
        String sshPort = m != null && m.port() != null && m.port() != 22 ? " -p " + m.port() : "";
        String scpTarget = ShellQuote.quote(rawLogin + ":/tmp/");
        b.append("## ").append(r.id()).append(" (").append(BundleReadme.format(e)).append(")\n\n");
        b.append("Log in with `ssh").append(sshPort).append(' ').append(login)
                .append("`; the commands run there").append(sudo.isEmpty() ? "" : " with `" + sudo.strip() + "`").append(".\n\n");
        String d = r.id() + "/";
        switch (e.platform()) {
            case FRR, EXTERNAL -> {
                int step = 1;
                if (e.files().contains("sysctl-forwarding.conf")) {
                    b.append(step++).append(". Let the kernel forward packets between interfaces (the router's job):\n\n")
                            .append("       scp").append(port).append(' ').append(ShellQuote.quote(d + "sysctl-forwarding.conf")).append(' ').append(scpTarget).append('\n')
                            .append("       ").append(sudo).append("cp /tmp/sysctl-forwarding.conf /etc/sysctl.d/99-peerplan-forwarding.conf && ")
                            .append(sudo).append("sysctl --system\n\n");
                }
                b.append(step++).append(". Enable the daemons: make `/etc/frr/daemons` hold the lines of `daemons`, for example "
                        + "like this, then restart FRR if one of them was off:\n\n       ").append(sudo).append("sed -i")
                        .append(daemonSwitches(r, index)).append(" /etc/frr/daemons\n       ").append(sudo).append("systemctl restart frr\n\n");
                b.append(step++).append(". Copy and check the syntax with FRR itself:\n\n")
                        .append("       scp").append(port).append(' ').append(ShellQuote.quote(d + "frr.conf")).append(' ').append(scpTarget).append('\n')
                        .append("       ").append(sudo).append("vtysh -C -f /tmp/frr.conf\n\n");
                b.append(step++).append(". Preview what changes, then apply without restarting FRR and keep it for the next boot:\n\n")
                        .append("       ").append(sudo).append("/usr/lib/frr/frr-reload.py --test /tmp/frr.conf\n")
                        .append("       ").append(sudo).append("install -m 0640 -o frr -g frr /tmp/frr.conf /etc/frr/frr.conf\n")
                        .append("       ").append(sudo).append("/usr/lib/frr/frr-reload.py --reload /etc/frr/frr.conf\n\n");
                b.append("The file is written for FRR ").append(o.frrDialect().version())
                        .append("; `peerplan export --frr-version 10` writes it for FRR 10.\n\n");
            }
            case QUAGGA -> {
                b.append("1. Let the kernel forward: copy `sysctl-forwarding.conf` to `/etc/sysctl.d/` (OpenWrt: append its line "
                        + "to `/etc/sysctl.conf`) and run `sysctl -p`.\n\n");
                b.append("2. Either install the daemon files and restart Quagga:\n\n")
                        .append("       scp").append(port).append(' ').append(ShellQuote.quote(d + "zebra.conf")).append(' ')
                        .append(ShellQuote.quote(d + "bgpd.conf")).append(' ').append(ShellQuote.quote(rawLogin + ":/etc/quagga/")).append('\n')
                        .append("       ").append(sudo).append("/etc/init.d/quagga restart\n\n")
                        .append("   or type the commands of `vtysh-commands.txt` into `vtysh`; "
                                + "its last line, `write memory`, saves them.\n\n");
            }
            case ROUTEROS_V6, ROUTEROS_V7 -> {
                b.append("1. Upload the script: `scp").append(port).append(' ').append(ShellQuote.quote(d + "bgp.rsc")).append(' ')
                        .append(ShellQuote.quote(rawLogin + ":")).append("` (or drag it into WinBox, Files).\n\n");
                b.append("2. Run it in the RouterOS terminal: `/import file-name=bgp.rsc` (RouterOS stops at the first line it "
                        + "rejects and prints it).\n\n");
            }
        }
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

    /** {@code -e 's/^bgpd=no/bgpd=yes/' ...} for the daemons the router needs. */
    private static String daemonSwitches(Router r, TopologyIndex index) {
        StringBuilder s = new StringBuilder();
        for (String line : io.peerplan.export.frr.FrrConfigGenerator.daemons(index, r).split("\n")) {
            if (line.endsWith("=yes")) {
                String d = line.substring(0, line.indexOf('='));
                s.append(" -e 's/^").append(d).append("=no/").append(d).append("=yes/'");
            }
        }
        return s.toString();
    }

    static void cluster(StringBuilder b, Cluster c, BundleExporter.Entry e) {
        String ctx = MetalLbHeader.context(c);
        String ns = ShellQuote.quote(c.effectiveNamespace());
        String d = c.id() + "/";
        b.append("## ").append(c.id()).append(" (").append(BundleReadme.format(e)).append(")\n\n");
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
