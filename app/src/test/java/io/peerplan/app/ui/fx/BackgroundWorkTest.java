package io.peerplan.app.ui.fx;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.AutoLayout;
import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * No work that can take longer than a frame runs on the FX thread: validation and file I/O are
 * held up on purpose here (a validator that waits, a file that is a FIFO nobody writes yet), and
 * the window must keep painting and accepting edits meanwhile.
 */
class BackgroundWorkTest extends DesignerFxTest {
    private final CountDownLatch releaseValidation = new CountDownLatch(1);
    private final List<String> validatedOn = new CopyOnWriteArrayList<>();
    private volatile boolean holdValidation;
    private volatile boolean heldSampleValidation;

    @Override
    FindingsSource findings() {
        return t -> {
            validatedOn.add(Platform.isFxApplicationThread() ? "FX" : Thread.currentThread().getName());
            if (holdValidation && !t.routers().isEmpty()) {
                heldSampleValidation = true;
                try {
                    releaseValidation.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of();
        };
    }

    @Test
    void aValidationThatHangsLeavesTheWindowPaintingAndEditable() throws ProjectLoadException {
        holdValidation = true;
        open(Samples.load("two-dc-anycast"));
        waitUntil(() -> heldSampleValidation);
        int validations = validatedOn.size();
        try {
            int before = topology().routers().size();
            robot.interact(() -> model().edits().place(PaletteItem.FRR_GATEWAY, 1400, 60));
            assertThat(topology().routers()).as("edits go through while validation runs").hasSize(before + 1);
            long paints = canvas().paintCount();
            robot.interact(canvas()::repaint);
            waitUntil(() -> canvas().paintCount() > paints);
        } finally {
            releaseValidation.countDown();
        }
        waitUntil(() -> validatedOn.size() > validations);
        assertThat(validatedOn).doesNotContain("FX");
    }

    @Test
    void openingAndSavingWaitOnTheWorkerNotOnTheFxThread() throws Exception {
        Path fifo = home.resolve("slow" + ProjectCodec.EXTENSION);
        Requires.that(mkfifo(fifo), "mkfifo (coreutils), to make a file whose reading blocks");
        Topology sample = Samples.load("two-dc-anycast");
        Path saved = home.resolve("saved" + ProjectCodec.EXTENSION);
        Topology before = topology();
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                // Held until the test has looked at the window; after 15 s regardless, so that a
                // loader wrongly reading on the FX thread is unblocked and the test fails instead of hanging.
                go.await(15, TimeUnit.SECONDS);
                // Opening a FIFO for writing blocks until the loader opens it for reading.
                Files.writeString(fifo, ProjectCodec.write(sample));
                written.countDown();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        robot.interact(() -> {
            window.files().load(fifo);
            window.files().saveTo(saved, () -> { });
        });
        assertThat(written.getCount()).as("open and save returned before the file to open had any content").isEqualTo(1);
        assertThat(model().statusProperty().get()).startsWith("Saving");
        long paints = canvas().paintCount();
        robot.interact(canvas()::repaint);
        waitUntil(() -> canvas().paintCount() > paints);
        assertThat(Files.exists(saved)).as("the save waits behind the open on the one I/O worker").isFalse();
        go.countDown();
        waitUntil(() -> Files.exists(saved) && model().statusProperty().get().startsWith("Saved"));
        assertThat(topology()).as("opened and laid out in the background").isEqualTo(AutoLayout.ifNeeded(sample));
        assertThat(model().document().file()).as("the earlier save does not rename the design opened since").isEqualTo(fifo);
        assertThat(ProjectCodec.read(saved)).as("what was on screen when Save was chosen").isEqualTo(before);
        writer.join(5000);
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
