package io.peerplan.export.quagga;

/** What to do when a Quagga router needs something Quagga cannot do (reference.md §3). */
public enum QuaggaPolicy {
    /** Refuse to export, naming every unsupported setting (the default). */
    REFUSE,
    /** Leave the unsupported settings out and list them as warnings in the bundle. */
    OMIT;

    public static QuaggaPolicy parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "refuse" -> REFUSE;
            case "omit" -> OMIT;
            default -> throw new IllegalArgumentException("'" + text + "' is not refuse or omit");
        };
    }
}
