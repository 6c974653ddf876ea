package io.peerplan.export.routeros;

import io.peerplan.export.ApplyContext;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.RouterExporter;
import io.peerplan.export.RouterFiles;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RouterOS in a bundle: one {@code bgp.rsc} script, imported on the device with {@code /import}
 * (RouterOS manual, "Configuration Management": import stops at the first failing line).
 * v6 and v7 differ only in the script ({@link RouterOsV6Generator}, {@link RouterOsV7Generator}).
 */
public final class RouterOsExporter implements RouterExporter {
    public static final RouterOsExporter V6 = new RouterOsExporter("RouterOS v6 script", RouterOsV6Generator::generate);
    public static final RouterOsExporter V7 = new RouterOsExporter("RouterOS v7 script", RouterOsV7Generator::generate);

    /** A generator's signature: the script text, warnings appended to the list. */
    private interface Script {
        String generate(TopologyIndex index, Router r, List<String> notes, List<String> warnings);
    }

    private final String label;
    private final Script script;

    private RouterOsExporter(String label, Script script) {
        this.label = label;
        this.script = script;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public RouterFiles render(TopologyIndex index, Router r, ExportOptions o, List<String> notes) {
        List<String> warnings = new ArrayList<>();
        String text = script.generate(index, r, notes, warnings);
        return new RouterFiles(List.of(new ExportFile("bgp.rsc", text)), warnings);
    }

    @Override
    public void applySteps(ApplyContext c, StringBuilder b) {
        b.append("1. Upload the script: `scp").append(c.scpPort()).append(' ').append(c.path("bgp.rsc")).append(' ')
                .append(c.remote("")).append("` (or drag it into WinBox, Files).\n\n");
        b.append("2. Run it in the RouterOS terminal: `/import file-name=bgp.rsc` (RouterOS stops at the first line it "
                + "rejects and prints it).\n\n");
    }

    /** RouterOS logs in to its own CLI, not a shell: there is no sudo to prefix. */
    @Override
    public boolean shellLogin() {
        return false;
    }

    @Override
    public Optional<String> pushUnavailable() {
        return Optional.of("RouterOS push is not available yet: there is no RouterOS here to test a push against; export the .rsc file and import it on the device");
    }
}
