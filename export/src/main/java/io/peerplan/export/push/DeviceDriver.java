package io.peerplan.export.push;

/**
 * What one kind of device does at each step of the push transaction. A driver only talks to its
 * device through the {@link DeviceSession}; the order of the steps, when a failure restores, what is
 * cancellable, reconnecting, retries and the report are {@link DevicePush}'s, written once for all
 * drivers. Adding a router OS is one class implementing these methods ({@link FrrDriver} is the
 * model) and one case in {@link PushRunner}'s driver switch.
 */
interface DeviceDriver {

    /** The report's device kind, e.g. "FRR router". */
    String kind();

    /** What the closing words of an untouched failure call the target: "device" (routers) or "cluster". */
    default String noun() {
        return "device";
    }

    /** What the device keeps and the push changes: a router's "running config" unless the driver says otherwise. */
    default String state() {
        return "running config";
    }

    /** The report's reason when there is nothing to change. */
    default String unchanged() {
        return "the " + state() + " already matches the design";
    }

    /** The detail shown when a step starts (e.g. the command), or null for none. */
    String detail(PushStep step, PushOptions options);

    /** Refuses a candidate that must never reach the device; runs before connecting. */
    default void refuse() throws PushFailure {
    }

    /** Uploads the candidate into the work directory; returns where it went. */
    String stage(DeviceSession s) throws PushFailure;

    /** False when the device has no separate syntax check (the diff checks it). */
    default boolean checks() {
        return true;
    }

    /** Lets the device check the candidate's syntax; throws when it rejects it. */
    default void check(DeviceSession s) throws PushFailure {
    }

    /** What applying the candidate would change. */
    Diff diff(DeviceSession s) throws PushFailure;

    /** Saves what {@link #restore} puts back; returns a note for the step's line. */
    String save(DeviceSession s) throws PushFailure;

    /** Applies the candidate; returns a note for the step's line. */
    String apply(DeviceSession s) throws PushFailure;

    /** Checks that the device now runs the design; throws when it does not. */
    Verified verify(DeviceSession s) throws PushFailure;

    /** Puts back what {@link #save} saved (may run more than once: it must be idempotent). */
    Restored restore(DeviceSession s) throws PushFailure;

    /** What the user can do when every restore attempt failed. */
    String halfApplied(DeviceSession s);

    /** The diff's text (empty when none) and whether it changes anything. */
    record Diff(String text, boolean changes) {
    }

    /** @param step the verify step's line; @param reason the report's reason */
    record Verified(String step, String reason) {
    }

    /** @param complete whether the device is back as saved; @param message what was done, or what differs */
    record Restored(boolean complete, String message) {
    }
}
