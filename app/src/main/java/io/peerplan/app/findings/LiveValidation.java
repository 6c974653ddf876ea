package io.peerplan.app.findings;

import io.peerplan.model.Topology;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Recomputes findings after edits, off the FX thread. Each change restarts a short quiet period
 * (debounce), so typing or dragging triggers one run at the end rather than one per keystroke;
 * a result that arrives after a newer change was submitted is dropped. One daemon worker thread.
 */
public final class LiveValidation implements AutoCloseable {
    /** Long enough to swallow a burst of keystrokes, short enough to feel live. */
    public static final long DEFAULT_DELAY_MS = 250;

    /** The findings for one revision, how long the run took, or why it failed. */
    public record Result(long revision, List<DesignFinding> findings, long millis, String failure) {
    }

    private final FindingsSource source;
    private final Executor deliver;
    private final long delayMs;
    private final Consumer<Result> onResult;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "peerplan-validation");
        t.setDaemon(true);
        return t;
    });
    private volatile long latest = -1;
    private ScheduledFuture<?> pending;

    /**
     * @param deliver where results are handed to {@code onResult} (the FX thread in the app)
     */
    public LiveValidation(FindingsSource source, Executor deliver, long delayMs, Consumer<Result> onResult) {
        this.source = source;
        this.deliver = deliver;
        this.delayMs = delayMs;
        this.onResult = onResult;
    }

    /** Schedules validation of this revision, replacing any run not yet started. */
    public synchronized void submit(long revision, Topology topology) {
        latest = revision;
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(() -> run(revision, topology), delayMs, TimeUnit.MILLISECONDS);
    }

    private void run(long revision, Topology topology) {
        if (revision != latest) {
            return;
        }
        long start = System.nanoTime();
        Result result;
        try {
            result = new Result(revision, source.findings(topology), (System.nanoTime() - start) / 1_000_000, null);
        } catch (RuntimeException e) {
            result = new Result(revision, List.of(), (System.nanoTime() - start) / 1_000_000,
                    "validation failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        Result r = result;
        deliver.execute(() -> {
            if (r.revision() == latest) {
                onResult.accept(r);
            }
        });
    }

    public boolean isIdle() {
        return pending == null || pending.isDone();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
