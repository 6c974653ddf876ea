package io.peerplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build step app/src/build/UpgradeClassFiles.java, run as the build runs it (the JDK's source
 * launcher) on a copy of the picocli jar the app ships: afterwards every class verifies with the
 * JDK's type-checking verifier, the JDK's AOT cache takes picocli's classes (it refused every one
 * before), picocli behaves byte for byte as before, and a second run changes nothing.
 */
class UpgradeClassFilesTest {
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    Path tmp;
    private Path original;
    private Path lib;
    private Path jar;

    @BeforeEach
    void copyPicocli() throws Exception {
        original = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        lib = Files.createDirectories(tmp.resolve("lib"));
        jar = Files.copy(original, lib.resolve(original.getFileName()));
    }

    @Test
    void everyOldClassBecomesAVerifiedJava8ClassAndNothingElseChanges() throws Exception {
        Map<String, byte[]> before = entries(original);
        long old = before.entrySet().stream().filter(e -> isClass(e.getKey()) && major(e.getValue()) < 50).count();
        assertThat(old).as("picocli %s still ships Java 5 class files (if not, the build step has nothing left to do)",
                CommandLine.VERSION).isGreaterThan(100);

        assertThat(run(JAVA, "src/build/UpgradeClassFiles.java", lib.toString()))
                .contains(jar.getFileName() + ": " + old + " Java 5 class files rewritten as version 52 with stack maps");

        Map<String, byte[]> after = entries(jar);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        List<String> unverified = new ArrayList<>();
        after.forEach((name, bytes) -> {
            if (isClass(name)) {
                assertThat(major(bytes)).as(name).isEqualTo(52);
                ClassFile.of().verify(bytes).forEach(error -> unverified.add(name + ": " + error.getMessage()));
            } else {
                assertThat(bytes).as(name).isEqualTo(before.get(name));
            }
        });
        assertThat(unverified).isEmpty();
    }

    @Test
    void theAotCacheTakesTheUpgradedClassesAndPicocliBehavesAsBefore() throws Exception {
        String originalSkips = aotTraining(original, "original.aotconf");
        assertThat(originalSkips).contains("Skipping picocli/CommandLine: Old class has been linked");

        run(JAVA, "src/build/UpgradeClassFiles.java", lib.toString());
        assertThat(aotTraining(jar, "upgraded.aotconf")).doesNotContain("Skipping picocli/");

        assertThat(run(JAVA, "-cp", jar.toString(), "picocli.AutoComplete", "--help"))
                .isEqualTo(run(JAVA, "-cp", original.toString(), "picocli.AutoComplete", "--help"))
                .contains("Generates a bash completion script");
        run(JAVA, "-cp", original.toString(), "picocli.AutoComplete", "-o", tmp.resolve("before.sh").toString(), "picocli.AutoComplete$App");
        run(JAVA, "-cp", jar.toString(), "picocli.AutoComplete", "-o", tmp.resolve("after.sh").toString(), "picocli.AutoComplete$App");
        assertThat(Files.readString(tmp.resolve("after.sh"))).isEqualTo(Files.readString(tmp.resolve("before.sh")))
                .contains("complete -F");
    }

    @Test
    void aSecondRunLeavesTheJarAlone() throws Exception {
        run(JAVA, "src/build/UpgradeClassFiles.java", lib.toString());
        byte[] once = Files.readAllBytes(jar);
        FileTime written = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
        Files.setLastModifiedTime(jar, written);

        assertThat(run(JAVA, "src/build/UpgradeClassFiles.java", lib.toString())).doesNotContain("rewritten");

        assertThat(Files.readAllBytes(jar)).isEqualTo(once);
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(written);
        try (var files = Files.list(lib)) {
            assertThat(files).containsExactly(jar);
        }
    }

    /** The AOT training run's warnings (JDK 25 names every class it leaves out of the cache). */
    private String aotTraining(Path picocli, String configuration) throws Exception {
        return run(JAVA, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + tmp.resolve(configuration), "-Xlog:aot=warning",
                "-cp", picocli.toString(), "picocli.AutoComplete", "-o", tmp.resolve(configuration + ".sh").toString(),
                "picocli.AutoComplete$App");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    private static Map<String, byte[]> entries(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/");
    }

    private static int major(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }
}
