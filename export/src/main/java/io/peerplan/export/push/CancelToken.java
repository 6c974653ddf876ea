package io.peerplan.export.push;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Cancellation shared by every device of one push. Cancelling runs the registered callbacks (they
 * close in-flight SSH channels so a blocked read returns at once) and makes every later
 * {@link #check()} throw. A device that is cancelled after its running config was saved still rolls
 * back: rollback ignores the token, because stopping half-way would leave the device half-applied.
 */
public final class CancelToken {
    private volatile boolean cancelled;
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        callbacks.forEach(CancelToken::runQuietly);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link PushFailure.Kind#CANCELLED} when cancelled. */
    public void check() throws PushFailure {
        if (cancelled) {
            throw new PushFailure(PushFailure.Kind.CANCELLED, "cancelled by the user");
        }
    }

    /** Registers a callback run on cancel (at once if already cancelled); returns a handle that unregisters it. */
    public AutoCloseable onCancel(Runnable callback) {
        callbacks.add(callback);
        if (cancelled) {
            runQuietly(callback);
        }
        return () -> callbacks.remove(callback);
    }

    /** A token that is never cancelled (rollback, cleanup). */
    public static CancelToken never() {
        return new CancelToken();
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // A callback that fails to close a channel must not stop the others.
        }
    }
}
