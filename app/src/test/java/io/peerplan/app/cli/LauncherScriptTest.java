package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first launch of {@code ./peerplan} builds with Maven; what Maven prints must reach the user
 * without colour codes. A stand-in {@code mvn} on the PATH behaves as Debian's Maven 3.8 does:
 * ANSI codes even into a pipe, unless batch mode or {@code -Dstyle.color=never} turns them off.
 * The copy of the script has no jar beside it, so it always takes the build path.
 */
class LauncherScriptTest {

    @Test
    void theFirstLaunchPrintsNoColourCodesFromMaven(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("checkout"));
        Path script = Files.copy(Path.of("..", "peerplan"), root.resolve("peerplan"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), """
                #!/bin/sh
                case " $* " in
                  *" -B "*|*" --batch-mode "*|*" -Dstyle.color=never "*) echo "[WARNING] plain" ;;
                  *) printf '\\033[1;33m[WARNING]\\033[m coloured\\n\\033[0m\\033[0m' ;;
                esac
                exit 0
                """);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder pb = new ProcessBuilder(script.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).as("the build path ran").contains("peerplan: building").contains("[WARNING] plain");
        assertThat(output).doesNotContain("\u001b");
    }
}
