package io.peerplan.export.frr;

import java.util.List;

/** A rendered {@code frr.conf} and what could not be expressed in it (one sentence each). */
public record FrrRender(String text, List<String> warnings) {
    public FrrRender {
        warnings = List.copyOf(warnings);
    }
}
