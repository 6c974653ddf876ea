package io.peerplan.export.frr;

import java.util.List;

/**
 * How to render an {@code frr.conf}.
 *
 * @param dialect     the FRR release to write for
 * @param headerNotes extra comment lines for the header (e.g. validation findings on a forced export)
 */
public record FrrOptions(FrrDialect dialect, List<String> headerNotes) {
    public static final FrrOptions DEFAULT = new FrrOptions(FrrDialect.FRR_8_4, List.of());

    public FrrOptions {
        dialect = dialect == null ? FrrDialect.FRR_8_4 : dialect;
        headerNotes = headerNotes == null ? List.of() : List.copyOf(headerNotes);
    }
}
