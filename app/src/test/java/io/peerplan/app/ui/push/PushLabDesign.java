package io.peerplan.app.ui.push;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The design the dialog pushes: gateway "edge" (FRR, AS 64859) announcing 203.0.113.64/29 to the
 * provider "upstream" (AS 65101) with an AS-path prepend, managed over SSH at 127.0.0.1 and the
 * in-process server's port; and a MikroTik core router (RouterOS), which the plan lists as not
 * supported yet (its management address is never contacted).
 */
final class PushLabDesign {
    private PushLabDesign() {
    }

    static Topology topology(int sshPort, String pathspace, int prepends) throws Exception {
        String yaml = """
                schemaVersion: 1
                name: push-dialog-lab
                routers:
                - id: edge
                  name: gateway-edge
                  role: gateway
                  platform: frr
                  asn: 64859
                  routerId: 198.18.10.1
                  interfaces:
                  - name: eth0
                    address: 198.18.10.1/30
                  staticRoutes:
                  - prefix: 203.0.113.64/29
                    blackhole: true
                  networks:
                  - 203.0.113.64/29
                  prefixLists:
                  - name: out-anycast
                    entries:
                    - seq: 10
                      action: permit
                      prefix: 203.0.113.64/29
                      le: 32
                  routeMaps:
                  - name: prepend
                    entries:
                    - seq: 10
                      action: permit
                      set:
                        asPathPrepend: [%s]
                  management:
                    host: 127.0.0.1
                    port: %d
                    user: root
                    frrPathspace: %s
                - id: core-mikrotik
                  name: core-mikrotik
                  role: gateway
                  platform: routeros-v7
                  asn: 64860
                  routerId: 198.18.20.1
                  interfaces:
                  - name: ether1
                    address: 198.18.20.1/30
                  management:
                    host: 198.18.20.1
                    user: admin
                - id: upstream
                  role: provider
                  platform: external
                  asn: 65101
                  routerId: 198.18.10.2
                  interfaces:
                  - name: eth0
                    address: 198.18.10.2/30
                peerings:
                - id: edge-upstream
                  a:
                    element: edge
                    peerAddress: 198.18.10.2
                    config:
                      remoteAs: "65101"
                      prefixListOut: out-anycast
                      routeMapOut: prepend
                  b:
                    element: upstream
                    peerAddress: 198.18.10.1
                    config:
                      remoteAs: "64859"
                """.formatted(String.join(", ", Collections.nCopies(prepends, "64859")), sshPort, pathspace);
        return ProjectCodec.read("push-dialog-lab.peerplan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Upstream retries its connection every second, so the session comes back quickly after a reload. */
    static String upstream() {
        return """
                frr defaults traditional
                hostname upstream
                !
                router bgp 65101
                 bgp router-id 198.18.10.2
                 no bgp ebgp-requires-policy
                 neighbor 198.18.10.1 remote-as 64859
                 neighbor 198.18.10.1 timers connect 1
                !
                """;
    }
}
