package io.peerplan.export;

import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import java.util.List;
import java.util.Optional;

/**
 * How one router OS is exported: its files, the README's steps that install them, its label there,
 * and whether {@code peerplan push} can apply it. One per {@link io.peerplan.model.Platform}, found
 * in {@link RouterExporters} (the shape of JabRef's {@code Exporter}: one small object per output
 * format, looked up by key), so the bundle, its README and the push plan never switch over platforms.
 */
public interface RouterExporter {

    /** The format's name in the README's contents table and section titles, e.g. "RouterOS v7 script". */
    String label();

    /**
     * The router's files, named inside its directory, and what the format cannot express.
     *
     * @param notes header comment lines (findings of a forced export)
     * @throws ExportRefusedException when the router needs what the format lacks and the options say refuse
     */
    RouterFiles render(TopologyIndex index, Router r, ExportOptions options, List<String> notes) throws ExportRefusedException;

    /** Appends the numbered steps that install the rendered files on the device. */
    void applySteps(ApplyContext c, StringBuilder b);

    /** Whether the device's shell runs the steps, so the management commandPrefix (e.g. sudo) applies. */
    default boolean shellLogin() {
        return true;
    }

    /** Empty when push has a driver for this format; otherwise the reason shown in the push plan. */
    Optional<String> pushUnavailable();
}
