package io.peerplan.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.peerplan.export.testlab.Requires;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built runtime image and app-image, run as a user runs them. Integration tests: failsafe runs them
 * in the {@code dist} profile after the image is built ({@code mvn -P dist verify}); plain
 * {@code mvn verify} builds no image and does not run them.
 */
class ImageIT {
    private static final Path IMAGE = Path.of(System.getProperty("peerplan.image", "target/image"));
    private static final Path APP_IMAGE = Path.of(System.getProperty("peerplan.dist", "target/dist")).resolve("peerplan");
    private static final String SAMPLE = "sample:two-dc-anycast";
    private static final Pattern PROBE = Pattern.compile(
            "startup: first frame (\\d+) ms after process start \\(window shown at (\\d+) ms; .*project shown (\\d+) ms\\)");

    @Test
    void theImageValidatesTheSample() throws Exception {
        Run r = run(Map.of(), launcher(), "validate", SAMPLE);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(SAMPLE + ": 0 errors").contains("87 rules checked");
        assertThat(r.err()).as("no JVM or JavaFX warning").isEmpty();
    }

    @Test
    void theLauncherUsesTheAotCacheItWasBuiltWith() throws Exception {
        assumeTrue(Files.exists(IMAGE.resolve("lib/peerplan.aot")),
                "the image was built without its AOT cache (-Dpeerplan.aot=skip)");
        // AOTMode=on makes the JVM refuse to start when the cache does not fit the launcher's options.
        Run r = run(Map.of("JDK_JAVA_OPTIONS", "-XX:AOTMode=on"), launcher(), "--version");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Peerplan 0.1.0");
    }

    @Test
    void theAppImageLauncherRunsTheCli() throws Exception {
        Run r = run(Map.of(), APP_IMAGE.resolve("bin/peerplan").toString(), "samples");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("two-dc-anycast").contains("homelab-openwrt-quagga").contains("mikrotik-core");
    }

    @Test
    void theDesignerStartsUnderXvfbAndTheProbePrintsItsFirstFrame() throws Exception {
        Requires.xvfb();
        Path xvfbRun = Path.of("/usr/bin/xvfb-run");
        Run r = run(Map.of(), xvfbRun.toString(), "-a", "-s", "-screen 0 1600x1000x24", launcher(), "--probe-startup", SAMPLE);
        assertThat(r.code()).as(r.toString()).isZero();
        Matcher m = PROBE.matcher(r.out());
        assertThat(m.find()).as("the probe's line in: %s", r.out()).isTrue();
        long firstFrame = Long.parseLong(m.group(1));
        long shown = Long.parseLong(m.group(2));
        long projectShown = Long.parseLong(m.group(3));
        assertThat(shown).isPositive();
        assertThat(firstFrame).as("the first frame comes after the window and the project are shown")
                .isGreaterThanOrEqualTo(Math.max(shown, projectShown));
        assertThat(r.err()).as("no warning (native access is enabled in the image)").doesNotContain("WARNING");
    }

    private static String launcher() {
        return IMAGE.resolve("bin/peerplan").toString();
    }

    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("peerplan-it", ".out");
        Path err = Files.createTempFile("peerplan-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(command)).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("no exit within 180 s: " + String.join(" ", command));
            }
            List<String> errLines = new ArrayList<>(Files.readAllLines(err, StandardCharsets.UTF_8));
            errLines.removeIf(l -> l.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS"));
            return new Run(p.exitValue(), Files.readString(out), String.join("\n", errLines));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Run(int code, String out, String err) {
    }
}
