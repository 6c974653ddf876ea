package io.peerplan.export.quagga;

import io.peerplan.export.ApplyContext;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.export.RouterExporter;
import io.peerplan.export.RouterFiles;
import io.peerplan.export.SysctlForwarding;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quagga in a bundle: {@code zebra.conf} and {@code bgpd.conf} (Quagga has no integrated config),
 * the same as vtysh commands, and the sysctl drop-in for forwarding roles.
 */
public final class QuaggaExporter implements RouterExporter {
    public static final QuaggaExporter INSTANCE = new QuaggaExporter();

    private QuaggaExporter() {
    }

    @Override
    public String label() {
        return "Quagga";
    }

    @Override
    public RouterFiles render(TopologyIndex index, Router r, ExportOptions o, List<String> notes) throws ExportRefusedException {
        QuaggaConfig q = QuaggaConfigGenerator.generate(index, r, o.quaggaUnsupported(), notes);
        List<ExportFile> files = new ArrayList<>();
        files.add(new ExportFile("zebra.conf", q.zebraConf()));
        files.add(new ExportFile("bgpd.conf", q.bgpdConf()));
        files.add(new ExportFile("vtysh-commands.txt", q.vtyshCommands()));
        SysctlForwarding.of(r).ifPresent(files::add);
        return new RouterFiles(files, q.omitted());
    }

    @Override
    public void applySteps(ApplyContext c, StringBuilder b) {
        b.append("1. Let the kernel forward: copy `sysctl-forwarding.conf` to `/etc/sysctl.d/` (OpenWrt: append its line "
                + "to `/etc/sysctl.conf`) and run `sysctl -p`.\n\n");
        b.append("2. Either install the daemon files and restart Quagga:\n\n")
                .append("       scp").append(c.scpPort()).append(' ').append(c.path("zebra.conf")).append(' ').append(c.path("bgpd.conf"))
                .append(' ').append(c.remote("/etc/quagga/")).append('\n')
                .append("       ").append(c.sudo()).append("/etc/init.d/quagga restart\n\n")
                .append("   or type the commands of `vtysh-commands.txt` into `vtysh`; "
                        + "its last line, `write memory`, saves them.\n\n");
    }

    @Override
    public Optional<String> pushUnavailable() {
        return Optional.empty();
    }
}
