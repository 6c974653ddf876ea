package io.peerplan.export.push;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;

/**
 * The lab's design and its configs: router "edge" (FRR, AS 64859, announces 203.0.113.64/29 with an
 * AS-path prepend, as seed 000's gateways do) pushed over SSH, and "upstream" (AS 65101, external)
 * in the other namespace. Configs are literal text until FrrConfigGenerator lands on main.
 */
final class PushLabConfigs {
    private PushLabConfigs() {
    }

    static Topology topology(int sshPort, String pathspace) throws Exception {
        return topology(sshPort, pathspace, false);
    }

    /** With {@code md5}, the edge's session to upstream names a TCP-MD5 secret (passwordRef), never its value. */
    static Topology topology(int sshPort, String pathspace, boolean md5) throws Exception {
        String yaml = """
                schemaVersion: 1
                name: push-lab
                routers:
                - id: edge
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
                        asPathPrepend: [64859]
                  management:
                    host: 127.0.0.1
                    port: %d
                    user: root
                    frrPathspace: %s
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
                      routeMapOut: prepend%s
                  b:
                    element: upstream
                    peerAddress: 198.18.10.1
                    config:
                      remoteAs: "64859"
                """.formatted(sshPort, pathspace, md5 ? "\n      passwordRef: upstream-md5" : "");
        return ProjectCodec.read("push-lab.peerplan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The edge router's config with this many prepends of 64859 and this remote AS for upstream. */
    static String edge(int prepends, String upstreamAs) {
        return """
                frr defaults traditional
                hostname edge
                ip route 203.0.113.64/29 blackhole
                !
                router bgp 64859
                 bgp router-id 198.18.10.1
                 neighbor 198.18.10.2 remote-as %s
                 !
                 address-family ipv4 unicast
                  network 203.0.113.64/29
                  neighbor 198.18.10.2 prefix-list out-anycast out
                  neighbor 198.18.10.2 route-map prepend out
                 exit-address-family
                !
                ip prefix-list out-anycast seq 10 permit 203.0.113.64/29 le 32
                !
                route-map prepend permit 10
                 set as-path prepend %s
                !
                """.formatted(upstreamAs, ("64859 ".repeat(prepends)).strip());
    }

    /** Upstream retries its connection every second, so sessions come back quickly after a rollback. */
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
