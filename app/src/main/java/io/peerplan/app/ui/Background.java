package io.peerplan.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * File I/O and export off the FX thread: one worker, so saves and autosaves never overlap and
 * land in order. Results and failures come back on the FX thread. {@link #busyProperty} drives
 * the status bar's activity indicator.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "peerplan-io");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        if (worker.isShutdown()) {
            // The window has closed: a late autosave or export from a listener has nowhere to go.
            return;
        }
        busy.set(running.incrementAndGet() > 0);
        worker.execute(() -> {
            T result = null;
            Exception error = null;
            try {
                result = work.call();
            } catch (Exception e) {
                error = e;
            }
            T r = result;
            Exception err = error;
            Platform.runLater(() -> {
                busy.set(running.decrementAndGet() > 0);
                if (err != null) {
                    failed.accept(err);
                } else {
                    done.accept(r);
                }
            });
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isIdle() {
        return running.get() == 0;
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
