package io.peerplan.export.push;

/** The steps of a device push, in order. Steps after {@link #SAVE} are covered by rollback. */
public enum PushStep {
    CONNECT("connect"),
    UPLOAD("upload candidate"),
    CHECK("syntax check"),
    DIFF("diff"),
    SAVE("save running config"),
    APPLY("apply"),
    VERIFY("verify"),
    ROLLBACK("roll back"),
    CLEANUP("clean up");

    private final String label;

    PushStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
