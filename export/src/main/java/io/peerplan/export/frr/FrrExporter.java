package io.peerplan.export.frr;

import io.peerplan.export.ApplyContext;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.RouterExporter;
import io.peerplan.export.RouterFiles;
import io.peerplan.export.SysctlForwarding;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FRR in a bundle: {@code frr.conf}, the {@code daemons} lines and, for forwarding roles, the sysctl
 * drop-in; installed by checking with {@code vtysh -C} and applying with {@code frr-reload.py}, the
 * way FRR's own tools/frr-reload.py documents (--test shows the diff, --reload applies it live).
 */
public final class FrrExporter implements RouterExporter {
    public static final FrrExporter INSTANCE = new FrrExporter();

    private FrrExporter() {
    }

    @Override
    public String label() {
        return "FRR";
    }

    @Override
    public RouterFiles render(TopologyIndex index, Router r, ExportOptions o, List<String> notes) {
        FrrRender frr = FrrConfigGenerator.render(index, r, new FrrOptions(o.frrDialect(), notes));
        List<ExportFile> files = new ArrayList<>();
        files.add(new ExportFile("frr.conf", frr.text()));
        files.add(new ExportFile("daemons", FrrConfigGenerator.daemons(index, r)));
        SysctlForwarding.of(r).ifPresent(files::add);
        return new RouterFiles(files, frr.warnings());
    }

    @Override
    public void applySteps(ApplyContext c, StringBuilder b) {
        String sudo = c.sudo();
        String port = c.scpPort();
        int step = 1;
        if (c.files().contains(SysctlForwarding.FILE)) {
            b.append(step++).append(". Let the kernel forward packets between interfaces (the router's job):\n\n")
                    .append("       scp").append(port).append(' ').append(c.path("sysctl-forwarding.conf")).append(' ').append(c.scpTarget()).append('\n')
                    .append("       ").append(sudo).append("cp /tmp/sysctl-forwarding.conf /etc/sysctl.d/99-peerplan-forwarding.conf && ")
                    .append(sudo).append("sysctl --system\n\n");
        }
        b.append(step++).append(". Enable the daemons: make `/etc/frr/daemons` hold the lines of `daemons`, for example "
                + "like this, then restart FRR if one of them was off:\n\n       ").append(sudo).append("sed -i")
                .append(daemonSwitches(c.index(), c.router())).append(" /etc/frr/daemons\n       ").append(sudo).append("systemctl restart frr\n\n");
        b.append(step++).append(". Copy and check the syntax with FRR itself:\n\n")
                .append("       scp").append(port).append(' ').append(c.path("frr.conf")).append(' ').append(c.scpTarget()).append('\n')
                .append("       ").append(sudo).append("vtysh -C -f /tmp/frr.conf\n\n");
        b.append(step).append(". Preview what changes, then apply without restarting FRR and keep it for the next boot:\n\n")
                .append("       ").append(sudo).append("/usr/lib/frr/frr-reload.py --test /tmp/frr.conf\n")
                .append("       ").append(sudo).append("install -m 0640 -o frr -g frr /tmp/frr.conf /etc/frr/frr.conf\n")
                .append("       ").append(sudo).append("/usr/lib/frr/frr-reload.py --reload /etc/frr/frr.conf\n\n");
        b.append("The file is written for FRR ").append(c.options().frrDialect().version())
                .append("; `peerplan export --frr-version 10` writes it for FRR 10.\n\n");
    }

    /** {@code -e 's/^bgpd=no/bgpd=yes/' ...} for the daemons the router needs. */
    private static String daemonSwitches(TopologyIndex index, Router r) {
        StringBuilder s = new StringBuilder();
        for (String line : FrrConfigGenerator.daemons(index, r).split("\n")) {
            if (line.endsWith("=yes")) {
                String d = line.substring(0, line.indexOf('='));
                s.append(" -e 's/^").append(d).append("=no/").append(d).append("=yes/'");
            }
        }
        return s.toString();
    }

    @Override
    public Optional<String> pushUnavailable() {
        return Optional.empty();
    }
}
