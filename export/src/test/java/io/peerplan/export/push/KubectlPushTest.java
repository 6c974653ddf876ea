package io.peerplan.export.push;

import io.peerplan.export.testlab.OpenSshServer;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MetalLB push through a kubectl host, over a real OpenSSH server. No Kubernetes cluster exists
 * on this machine, so {@code kubectl} on the SSH session's PATH is a small fake (a shell script
 * keeping "the cluster" as files): it checks the commands Peerplan sends, their order and quoting,
 * and the restore logic; it does not check kubectl's own behaviour.
 */
@Tag("lab")
class KubectlPushTest {
    private static final String FAKE_KUBECTL = """
            #!/bin/sh
            # Fake kubectl for Peerplan's push tests: logs argv, keeps objects as files in $STATE.
            STATE=%s
            printf '%%s|' "$@" >> "$STATE/calls.log"; echo >> "$STATE/calls.log"
            [ "$1" = --context ] && shift 2
            verb=$1; shift
            for a in "$@"; do f=$a; done
            names() { awk '/^kind:/ {k=tolower($2)} /^  name:/ {print k ".metallb.io/" $2}' "$1"; }
            case $verb in
              diff) if [ -f "$STATE/live.yaml" ] && cmp -s "$STATE/live.yaml" "$f"; then exit 0; fi
                    diff -u "$STATE/live.yaml" "$f" 2>/dev/null || diff -u /dev/null "$f"; exit 1 ;;
              get)  case " $* " in
                      *" name "*) [ -f "$STATE/names" ] && cat "$STATE/names"; exit 0 ;;
                      *" json "*) [ -f "$STATE/live.json" ] && cat "$STATE/live.json"; exit 0 ;;
                    esac ;;
              apply) case $f in
                       */restore.yaml) cp "$f" "$STATE/restored.json"; cp "$STATE/before.names" "$STATE/names"; exit 0 ;;
                     esac
                     names "$f" > "$STATE/names"
                     # A mutating webhook: what is stored differs from what was applied.
                     if grep -q MUTATE "$f"; then sed 's/MUTATE/mutated/' "$f" > "$STATE/live.yaml"; else cp "$f" "$STATE/live.yaml"; fi
                     exit 0 ;;
              delete) name=$(eval echo \\${$#}); grep -v -x "$name" "$STATE/names" > "$STATE/names.new"; mv "$STATE/names.new" "$STATE/names"; exit 0 ;;
            esac
            echo "fake kubectl: unexpected $verb" >&2; exit 2
            """;

    @TempDir
    Path dir;
    private OpenSshServer ssh;
    private Path state;

    @BeforeEach
    void start() throws Exception {
        Requires.openSsh();
        Requires.frrRouters();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        state = Files.createDirectories(dir.resolve("state"));
        Path kubectl = bin.resolve("kubectl");
        Files.writeString(kubectl, FAKE_KUBECTL.formatted(state));
        Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
        ssh = OpenSshServer.start(Files.createDirectories(dir.resolve("sshd")), List.of("SetEnv PATH=" + bin + ":/usr/sbin:/usr/bin:/sbin:/bin"));
        // "The cluster" already holds the pool, as kubectl get -o json prints it (server-set fields included).
        Files.writeString(state.resolve("names"), "ipaddresspool.metallb.io/anycast-pool\n");
        Files.copy(state.resolve("names"), state.resolve("before.names"));
        Files.writeString(state.resolve("live.json"), """
                {"apiVersion":"v1","kind":"List","items":[{"apiVersion":"metallb.io/v1beta1","kind":"IPAddressPool",
                 "metadata":{"name":"anycast-pool","namespace":"metallb-system","uid":"u-1","resourceVersion":"42","generation":3,
                  "creationTimestamp":"2026-01-01T00:00:00Z","managedFields":[{"manager":"kubectl"}]},
                 "spec":{"addresses":["203.0.113.64/29"]},"status":{}}]}
                """);
    }

    @AfterEach
    void stop() throws Exception {
        if (ssh != null) {
            ssh.close();
        }
    }

    private Topology topology() throws Exception {
        String yaml = """
                schemaVersion: 1
                name: kubectl-push
                clusters:
                - id: k8s-alfa
                  namespace: metallb-system
                  management:
                    host: 127.0.0.1
                    port: %d
                    user: root
                  kubeContext: "admin@k8s alfa"
                """.formatted(ssh.port);
        return ProjectCodec.read("k.peerplan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String manifests(String poolComment) {
        return """
                apiVersion: metallb.io/v1beta1
                kind: IPAddressPool
                metadata:
                  name: anycast-pool
                  namespace: metallb-system
                spec:
                  addresses:
                  - 203.0.113.64/29
                ---
                apiVersion: metallb.io/v1beta2
                kind: BGPPeer
                metadata:
                  name: gateway-alfa
                  namespace: metallb-system
                  annotations:
                    note: %s
                spec:
                  myASN: 64859
                  peerASN: 64859
                  peerAddress: 192.168.247.254
                """.formatted(poolComment);
    }

    private DeviceReport push(String manifests, boolean dryRun) throws Exception {
        Topology t = topology();
        PushRunner runner = new PushRunner(t, SshjConnector.open(ssh.settings()), (tp, r) -> "", (tp, c) -> manifests,
                PushOptions.DEFAULTS.withDryRun(dryRun), PushListener.NONE);
        return runner.run(PushPlan.of(t, List.of()), new CancelToken()).device("k8s-alfa");
    }

    private List<String> calls() throws Exception {
        return Files.readAllLines(state.resolve("calls.log"));
    }

    @Test
    void diffsAppliesServerSideAndVerifiesWithTheQuotedContext() throws Exception {
        DeviceReport r = push(manifests("plain"), false);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.APPLIED);
        assertThat(r.diff()).contains("+kind: BGPPeer");
        List<String> verbs = calls().stream().map(c -> c.split("\\|")[2]).toList();
        assertThat(verbs).containsExactly("diff", "get", "get", "apply", "get", "diff");
        assertThat(calls()).allMatch(c -> c.startsWith("--context|admin@k8s alfa|"));
        assertThat(calls().get(3)).contains("apply|--server-side|--force-conflicts|--field-manager|peerplan|-f|");
        assertThat(push(manifests("plain"), false).outcome()).isEqualTo(DeviceOutcome.UNCHANGED);
    }

    @Test
    void aDryRunStopsAfterTheDiff() throws Exception {
        DeviceReport r = push(manifests("plain"), true);
        assertThat(r.outcome()).isEqualTo(DeviceOutcome.PREVIEWED);
        assertThat(calls()).hasSize(1).allMatch(c -> c.contains("|diff|--server-side|"));
    }

    @Test
    void objectsThatDoNotMatchAfterTheApplyAreRestored() throws Exception {
        DeviceReport r = push(manifests("MUTATE"), false);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.ROLLED_BACK);
        assertThat(r.reason()).contains("kubectl diff still shows differences").contains("1 created objects deleted");
        assertThat(calls()).anyMatch(c -> c.contains("|delete|--ignore-not-found|-n|metallb-system|bgppeer.metallb.io/gateway-alfa|"));
        String restored = Files.readString(state.resolve("restored.json"));
        assertThat(restored).contains("\"anycast-pool\"").contains("203.0.113.64/29")
                .doesNotContain("resourceVersion").doesNotContain("managedFields").doesNotContain("\"uid\"").doesNotContain("status");
        assertThat(Files.readString(state.resolve("names"))).isEqualTo("ipaddresspool.metallb.io/anycast-pool\n");
    }
}
