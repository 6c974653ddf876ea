package io.peerplan.export.testlab;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The push lab's design and its FRR configs: gateway "edge" (FRR, AS 64859) announcing
 * 203.0.113.64/29 to the provider "upstream" (AS 65101, external) with an AS-path prepend, as the
 * two-DC sample's gateways do, managed over SSH at 127.0.0.1 and a {@link LoopbackSshServer}'s
 * port, with FRR's pathspace pointing into {@link FrrPair}'s edge namespace.
 *
 * @param prepends      how many times the route-map prepends 64859
 * @param md5           the edge's session names a TCP-MD5 secret (passwordRef), never its value
 * @param routerOsCore  adds a MikroTik core router, which push lists as not supported (its
 *                      management address is never contacted)
 * @param commandPrefix the edge's management.commandPrefix, or null
 * @param edgeName      the edge's display name, or null; its exported hostname, so a lab that
 *                      compares running configs keeps it null (FrrPair names the router "edge")
 */
public record PushLabDesign(int prepends, boolean md5, boolean routerOsCore, String commandPrefix, String edgeName) {

    /** Edge and upstream only, one prepend. */
    public static final PushLabDesign EDGE_AND_UPSTREAM = new PushLabDesign(1, false, false, null, null);

    public PushLabDesign withPrepends(int value) {
        return new PushLabDesign(value, md5, routerOsCore, commandPrefix, edgeName);
    }

    public PushLabDesign withMd5() {
        return new PushLabDesign(prepends, true, routerOsCore, commandPrefix, edgeName);
    }

    public PushLabDesign withRouterOsCore() {
        return new PushLabDesign(prepends, md5, true, commandPrefix, edgeName);
    }

    public PushLabDesign withCommandPrefix(String value) {
        return new PushLabDesign(prepends, md5, routerOsCore, value, edgeName);
    }

    public PushLabDesign withEdgeName(String value) {
        return new PushLabDesign(prepends, md5, routerOsCore, commandPrefix, value);
    }

    public Topology topology(int sshPort, String pathspace) throws Exception {
        return ProjectCodec.read("push-lab.peerplan.yaml", yaml(sshPort, pathspace).getBytes(StandardCharsets.UTF_8));
    }

    /** The same design with edge a Quagga router of this layout (openwrt, linux, or null for the default). */
    public Topology quaggaTopology(int sshPort, String layout) throws Exception {
        String yaml = yaml(sshPort, "PATHSPACE").replace("platform: frr", "platform: quagga")
                .replace("frrPathspace: PATHSPACE", layout == null ? "" : "quaggaLayout: " + layout);
        return ProjectCodec.read("push-lab.peerplan.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private String yaml(int sshPort, String pathspace) {
        return """
                schemaVersion: 1
                name: push-lab
                routers:
                - id: edge%s
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
                    user: root%s
                    frrPathspace: %s
                %s- id: upstream
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
                """.formatted(edgeName == null ? "" : "\n  name: " + edgeName,
                String.join(", ", Collections.nCopies(prepends, "64859")), sshPort,
                commandPrefix == null ? "" : "\n    commandPrefix: " + commandPrefix, pathspace,
                routerOsCore ? ROUTER_OS_CORE : "", md5 ? "\n      passwordRef: upstream-md5" : "");
    }

    private static final String ROUTER_OS_CORE = """
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
            """;

    /** The edge router's config with this many prepends of 64859 and this remote AS for upstream. */
    public static String edgeConfig(int prepends, String upstreamAs) {
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

    /** Upstream retries its connection every second, so sessions come back quickly after a reload or rollback. */
    public static String upstreamConfig() {
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
