package io.peerplan.export.push;

/** How a device push ended. */
public enum DeviceOutcome {
    /** The candidate equals the running config: nothing was changed. */
    UNCHANGED,
    /** Dry run: the diff was computed and shown, nothing was changed. */
    PREVIEWED,
    /** The candidate was applied and verified. */
    APPLIED,
    /** Something failed after the running config was saved; the saved config was restored and read back identical. */
    ROLLED_BACK,
    /** The push failed. When {@link DeviceReport#deviceChanged()} is false, the device was not touched. */
    FAILED,
    /** Peerplan cannot push this platform yet (RouterOS) or the element is not managed. */
    NOT_SUPPORTED,
    /** Cancelled before anything was changed. */
    CANCELLED
}
