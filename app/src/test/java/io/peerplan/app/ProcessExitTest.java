package io.peerplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command ends its process with its own exit code whether {@link ProcessExit} returns from
 * {@code main} (success, only daemon threads left) or calls {@code System.exit}; a live non-daemon
 * thread always takes {@code System.exit}, so the process can never be left waiting for it.
 */
class ProcessExitTest {
    @TempDir
    Path tmp;

    @Test
    void aLiveNonDaemonThreadTakesSystemExit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "still-working");
        worker.setDaemon(false);
        worker.start();
        started.await();
        try {
            assertThat(ProcessExit.onlyDaemonsBesides(Thread.currentThread())).isFalse();
            assertThat(ProcessExit.returnEnds(0)).isFalse();
        } finally {
            release.countDown();
            worker.join();
        }
        assertThat(ProcessExit.returnEnds(ExitCodes.INPUT_ERRORS)).as("a failure code always exits").isFalse();
    }

    @Test
    void theProcessEndsWithTheCommandsCode() throws Exception {
        assertThat(run("--version")).isEqualTo(new Ended(ExitCodes.OK, "Peerplan 0.1.0"));
        assertThat(run("validate", "sample:two-dc-anycast").code()).isEqualTo(ExitCodes.OK);
        assertThat(run("validate", tmp.resolve("missing.peerplan.yaml").toString()).code()).isNotEqualTo(ExitCodes.OK);
        assertThat(run("validate", "--no-such-option", "sample:two-dc-anycast").code()).isEqualTo(ExitCodes.USAGE);
    }

    private record Ended(int code, String firstLine) {
    }

    private Ended run(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "io.peerplan.app.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("peerplan %s ended", String.join(" ", args)).isTrue();
        return new Ended(p.exitValue(), out.lines().findFirst().orElse(""));
    }
}
