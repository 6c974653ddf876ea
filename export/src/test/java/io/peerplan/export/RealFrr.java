package io.peerplan.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real FRR tools on this machine: {@code vtysh -C -f} and {@code frr-reload.py --test}, both offline. */
public final class RealFrr {
    public static final Path VTYSH = Path.of("/usr/bin/vtysh");
    public static final Path FRR_RELOAD = Path.of("/usr/lib/frr/frr-reload.py");

    /** Exit code and output of one tool run. */
    public record Run(int exit, String stdout, String stderr) {
    }

    private RealFrr() {
    }

    /** {@code vtysh -C -f FILE}: exit 0 when every line parses (frr-lab.md). */
    public static Run dryRun(Path file) {
        return run(List.of(VTYSH.toString(), "-C", "-f", file.toString()));
    }

    /** {@code frr-reload.py --test --input OLD NEW}: the lines a reload would delete and add. */
    public static Run reloadTest(Path old, Path neu, Path logDir) {
        return run(List.of("python3", FRR_RELOAD.toString(), "--test", "--stdout", "--input", old.toString(), neu.toString()));
    }

    /** The "Lines To Delete" and "Lines To Add" of a frr-reload --test output, without the headers. */
    public static List<String> changedLines(String output) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String l : output.split("\n")) {
            if (l.startsWith("Lines To Delete") || l.startsWith("Lines To Add")) {
                in = true;
                continue;
            }
            if (!in || l.isBlank() || l.startsWith("====") || l.contains(" INFO: ") || l.contains(" DEBUG: ")) {
                continue;
            }
            lines.add(l);
        }
        return lines;
    }

    public static Run run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
