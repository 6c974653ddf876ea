package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.sample.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's outputs are pinned byte for byte: validate (text, json), simulate (text, json version 1
 * with {@code --tables} and version 2, and a what-if of each), export (every file of the bundle) and import (the design written and its report), on
 * every bundled sample and on the scale topology of docs/benchmarks.md ({@code peerplan generate}
 * with its defaults, itself pinned). Speed work must not change a byte of them; the SHA-256 of
 * each output is recorded in {@code src/test/resources/pinned-outputs.txt}. After an intended
 * change of behaviour, rerun with {@code -Dpeerplan.pinned.update=true} and commit the new hashes
 * with the change that explains them.
 */
class PinnedOutputsTest {
    private static final Path HASHES = Path.of("src/test/resources/pinned-outputs.txt");

    @TempDir
    Path tmp;

    @Test
    void outputsOfEverySampleAndTheScaleTopologyAreUnchanged() throws IOException {
        Map<String, String> got = new LinkedHashMap<>();
        for (String sample : Samples.names()) {
            design(got, sample, "sample:" + sample, "--fail", failureOf(sample));
        }
        Path scale = tmp.resolve("scale.peerplan.yaml");
        got.put("scale/generate", hash(run(0, "generate", "-o", scale.toString()).err() + Files.readString(scale)));
        design(got, "scale", scale.toString(), "--fail", "r7-gw0");
        if (Boolean.getBoolean("peerplan.pinned.update")) {
            StringBuilder text = new StringBuilder("# output -> SHA-256 (PinnedOutputsTest; regenerate with -Dpeerplan.pinned.update=true)\n");
            got.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
            Files.writeString(HASHES, text);
        }
        Map<String, String> want = new LinkedHashMap<>();
        for (String line : Files.readAllLines(HASHES)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] kv = line.split(" ", 2);
                want.put(kv[0], kv[1]);
            }
        }
        assertThat(got).isEqualTo(want);
    }

    /** A failure that changes something in each sample, for the what-if outputs. */
    private static String failureOf(String sample) {
        return switch (sample) {
            case "two-dc-anycast" -> "gateway-alfa-unoone";
            case "homelab-openwrt-quagga" -> "ubuntu-dev1";
            case "mikrotik-core" -> "kube1";
            default -> throw new IllegalArgumentException("name a failure for the new sample " + sample);
        };
    }

    private void design(Map<String, String> out, String name, String design, String... whatIf) throws IOException {
        for (String format : List.of("text", "json")) {
            out.put(name + "/validate-" + format, hash(run(-1, "validate", "--format", format, design)));
            // JSON version 1 (every speaker's table) is pinned as it always was, now behind --tables; version 2 next to it.
            List<String> simulate = new ArrayList<>(List.of("simulate", "--format", format, design));
            if (format.equals("json")) {
                simulate.add("--tables");
            }
            out.put(name + "/simulate-" + format, hash(run(0, simulate.toArray(String[]::new))));
            List<String> args = new ArrayList<>(simulate);
            args.addAll(List.of(whatIf));
            out.put(name + "/what-if-" + format, hash(run(0, args.toArray(String[]::new))));
        }
        out.put(name + "/simulate-json-v2", hash(run(0, "simulate", "--format", "json", design)));
        List<String> whatIfV2 = new ArrayList<>(List.of("simulate", "--format", "json", design));
        whatIfV2.addAll(List.of(whatIf));
        out.put(name + "/what-if-json-v2", hash(run(0, whatIfV2.toArray(String[]::new))));
        Path bundle = tmp.resolve(name + "-bundle");
        out.put(name + "/export", hash(run(0, "export", "--force", design, "-o", bundle.toString())) + " " + hashTree(bundle));
        Path back = tmp.resolve(name + "-back.peerplan.yaml");
        Run imported = run(0, "import", bundle.toString(), "-o", back.toString());
        out.put(name + "/import", hash(imported) + " " + hash(Files.readString(back))
                + " " + hash(Files.readString(tmp.resolve(name + "-back.import-report.txt"))));
    }

    /**
     * Runs the command; {@code expected} is its exit code, or -1 for any (validate exits 1 on
     * errors). Standard output is hashed as it is written: the scale topology's simulation JSON is
     * over a gigabyte, more than a test's heap holds as a string.
     */
    private Run run(int expected, String... args) {
        HashingWriter out = new HashingWriter(tmp.toString());
        StringWriter err = new StringWriter();
        int code = PeerplanCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (expected >= 0) {
            assertThat(code).as(String.join(" ", args) + "\n" + err).isEqualTo(expected);
        }
        return new Run(code, out.hash(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }

    private String hash(Run r) {
        return hash(r.exitCode() + "\n" + r.out() + "\n--- stderr\n" + r.err());
    }

    /** SHA-256 of the UTF-8 text written, line by line, with the temporary folder's path replaced. */
    private static final class HashingWriter extends Writer {
        private final String tmp;
        private final MessageDigest digest = sha256();
        private final StringBuilder line = new StringBuilder();

        HashingWriter(String tmp) {
            this.tmp = tmp;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                line.append(buf[i]);
                if (buf[i] == '\n') {
                    flushLine();
                }
            }
        }

        private void flushLine() {
            digest.update(line.toString().replace(tmp, "$TMP").getBytes(StandardCharsets.UTF_8));
            line.setLength(0);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String hash() {
            flushLine();
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.replace(tmp.toString(), "$TMP").getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
    }

    private String hashTree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                try {
                    files.put(dir.relativize(f).toString(), hash(Files.readString(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return hash(files.toString()) + "/" + files.size();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
