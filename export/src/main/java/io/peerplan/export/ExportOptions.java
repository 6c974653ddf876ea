package io.peerplan.export;

import io.peerplan.export.frr.FrrDialect;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import java.util.List;
import java.util.Set;

/**
 * What a bundle holds and how it is written.
 *
 * @param platform          write every exported router for this platform instead of its own (null: as designed)
 * @param metallbStyle      write every cluster in this style instead of its own (null: as designed)
 * @param frrDialect        the FRR release the frr.conf files are for
 * @param quaggaUnsupported refuse, or leave out and warn, when a Quagga router needs what Quagga lacks
 * @param only              export just these router and cluster ids (empty: every managed router and every cluster)
 * @param findings          validation findings of a forced export, written into the comment headers
 */
public record ExportOptions(Platform platform, Cluster.ConfigStyle metallbStyle, FrrDialect frrDialect,
        QuaggaPolicy quaggaUnsupported, Set<String> only, List<BundleNote> findings) {

    public static final ExportOptions DEFAULT = new ExportOptions(null, null, null, null, null, null);

    public ExportOptions {
        frrDialect = frrDialect == null ? FrrDialect.FRR_8_4 : frrDialect;
        quaggaUnsupported = quaggaUnsupported == null ? QuaggaPolicy.REFUSE : quaggaUnsupported;
        only = only == null ? Set.of() : Set.copyOf(only);
        findings = findings == null ? List.of() : List.copyOf(findings);
        if (platform == Platform.EXTERNAL) {
            throw new IllegalArgumentException("'external' is not an export format; use frr, quagga, routeros-v6 or routeros-v7");
        }
    }

    public ExportOptions withFindings(List<BundleNote> value) {
        return new ExportOptions(platform, metallbStyle, frrDialect, quaggaUnsupported, only, value);
    }
}
