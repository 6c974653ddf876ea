package io.peerplan.export.push;

/**
 * Receives a push's progress. Called from the worker threads (one per device in flight), so an
 * implementation must be thread-safe; a UI hops to its own thread (e.g. Platform.runLater).
 */
public interface PushListener {
    void onEvent(PushEvent event);

    /** Called once per device when it is done, with its final report. */
    default void onDeviceDone(DeviceReport report) {
    }

    PushListener NONE = event -> { };
}
