package io.peerplan.app.ui.push;

import static io.peerplan.app.ui.TestWindows.fx;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** What the push dialog's tests share: closing the dialogs a test left open, and waiting for SSH work. */
final class PushDialogs {
    private PushDialogs() {
    }

    /** Hides every "Push to devices" window, so the next test opens its own. */
    static void closeAll() {
        fx(() -> {
            Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Push to devices"))
                    .toList().forEach(Window::hide);
            return null;
        });
    }

    /**
     * Waits until the condition holds on the FX thread. SSH runs against a real router take a few
     * seconds, far longer on a loaded 2-core machine, so the limit is generous (90 s); it only
     * bounds a failure, a passing run returns as soon as the condition holds.
     */
    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (Exception e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
