package io.peerplan.export.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one host command (ip, nft, vtysh, the FRR daemons) and captures its output. Never goes
 * through a shell, so element ids and addresses from a topology cannot inject anything.
 */
final class Exec {
    private Exec() {
    }

    /** What a command printed and how it ended. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {
        boolean ok() {
            return exitCode == 0;
        }

        /** Throws a {@link LabException} naming the command and its error output unless it succeeded. */
        Result orThrow() {
            if (!ok()) {
                String why = stderr.isBlank() ? stdout.strip() : stderr.strip();
                throw new LabException("'" + String.join(" ", command) + "' failed (exit " + exitCode + "): " + why);
            }
            return this;
        }
    }

    static Result run(List<String> command) {
        return run(command, Duration.ofSeconds(30));
    }

    static Result run(List<String> command, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new LabException("cannot run '" + command.getFirst() + "': " + e.getMessage());
        }
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new LabException("'" + String.join(" ", command) + "' did not finish within " + timeout.toSeconds()
                        + " s");
            }
            return new Result(List.copyOf(command), p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running '" + String.join(" ", command) + "'");
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Thread::startVirtualThread);
    }
}
