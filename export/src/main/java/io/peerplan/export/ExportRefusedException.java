package io.peerplan.export;

import java.util.List;

/** The export cannot be written as asked; every reason is listed, one sentence each. */
public final class ExportRefusedException extends Exception {
    private final List<String> reasons;

    public ExportRefusedException(List<String> reasons) {
        super(String.join("\n", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
