package io.peerplan.model.sim;

/**
 * How fast one end of a session notices that the other end died silently (power loss, a cut
 * link): BFD when both ends run it in the same hop mode, else the negotiated BGP hold time.
 *
 * @param millis      detection time; -1 with {@link Mechanism#NEVER} (hold time 0)
 * @param explanation the words behind the figure, e.g. "BFD 3 × 300 ms (t-rex / my-default)"
 */
public record Detection(Mechanism mechanism, long millis, String explanation) {

    public enum Mechanism {
        BFD("BFD"),
        HOLD_TIMER("hold timer"),
        /** Hold time 0: keepalives are off and a silent failure is never noticed. */
        NEVER("never");

        private final String label;

        Mechanism(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Requests lost while the failure goes unnoticed, at the given request rate (rounded up). */
    public long requestsLost(double requestsPerSecond) {
        if (mechanism == Mechanism.NEVER) {
            return Long.MAX_VALUE;
        }
        return (long) Math.ceil(millis * requestsPerSecond / 1000.0 - 1e-9);
    }

    /** "0.9 s", "180 s": what the CLI prints. */
    public String seconds() {
        if (mechanism == Mechanism.NEVER) {
            return "never";
        }
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.valueOf(millis / 1000.0).replaceAll("0+$", "") + " s";
    }
}
