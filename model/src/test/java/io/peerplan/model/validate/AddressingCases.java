package io.peerplan.model.validate;

import java.util.List;

/** Trigger and near-miss fixtures for the addressing family. */
final class AddressingCases {
    static final Fixture TWO = Fixture.sample("two-dc-anycast");
    static final Fixture MK = Fixture.sample("mikrotik-core");
    static final String C = "/clusters/0";

    private AddressingCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("ADDR-DUPLICATE-IP", "two workers with one address", TWO.set(C + "/nodes/2/address", "192.168.247.101"),
                        TWO.set(C + "/nodes/2/address", "192.168.247.103")).expecting("192.168.247.101 is used by node alfa-worker-1"),
                RuleCase.of("ADDR-OUTSIDE-NETWORK", "a node outside its network", TWO.set(C + "/nodes/2/address", "192.168.248.102"),
                        TWO.set(C + "/nodes/2/address", "192.168.247.103")).expecting("lies outside it"),
                RuleCase.of("ADDR-OUTSIDE-NETWORK", "an interface with another prefix length than its network",
                        TWO.set("/routers/0/interfaces/1/address", "192.168.247.254/25"), TWO).expecting("the prefix lengths differ"),
                RuleCase.of("ADDR-NETWORK-OVERLAP", "a second Alfa network inside the cloud network",
                        TWO.set("/networks/6", "{id: extra, region: alfa, cidr: 192.168.247.128/25, kind: lan}"),
                        TWO.set("/networks/6", "{id: extra, region: bravo, cidr: 192.168.247.128/25, kind: lan}")),
                RuleCase.of("ADDR-ROUTER-ID-DUPLICATE", "both gateways of AS 64859 with one router ID",
                        TWO.set("/routers/1/routerId", "198.51.100.14"), TWO.set("/routers/1/routerId", "198.51.100.15"))
                        .expecting("are both in AS 64859 with router ID 198.51.100.14"),
                RuleCase.of("ADDR-ROUTER-ID-DUPLICATE", "the speakers use the gateway's router ID over iBGP",
                        TWO.set("/clusters/0/metallb/peers/0/routerID", "198.51.100.14"), TWO.set("/clusters/0/metallb/peers/0/routerID", "198.51.100.15")),
                RuleCase.of("ADDR-POOL-CONTAINS-HOST", "a pool over the workers' addresses",
                        TWO.set(C + "/metallb/pools/1", "{name: lan, addresses: ['192.168.247.96/28']}"),
                        TWO.set(C + "/metallb/pools/1", "{name: lan, addresses: ['192.168.247.112/28']}")).expecting("the address of node alfa-worker-1"),
                RuleCase.of("ADDR-POOL-OVERLAPS-NETWORK", "seed 002: pool default inside the node network", MK,
                        MK.set(C + "/metallb/pools/0/addresses", "['172.22.36.64/26']")).expecting("does not answer ARP"),
                RuleCase.of("ADDR-SERVICE-IP-NOT-IN-POOL", "the anycast service asks for an IP outside its pool",
                        TWO.set(C + "/services/1/loadBalancerIPs", "['203.0.113.80']"), TWO.set(C + "/services/1/loadBalancerIPs", "['203.0.113.71']"))
                        .expecting("which does not contain it"),
                RuleCase.of("ADDR-SERVICE-IP-NOT-IN-POOL", "an IP in no pool at all", MK.set(C + "/services/0/loadBalancerIP", "172.22.35.30").remove(C + "/services/0/pool"),
                        MK.set(C + "/services/0/loadBalancerIP", "172.22.35.64").remove(C + "/services/0/pool")).expecting("lies in no pool"),
                RuleCase.of("ADDR-SERVICE-UNKNOWN-POOL", "a pool annotation naming no pool", TWO.set(C + "/services/1/pool", "anycast"),
                        TWO.set(C + "/services/1/pool", "anycast-pool")),
                RuleCase.of("ADDR-SERVICE-IP-CONFLICT", "two services on .70 without a sharing key",
                        TWO.set(C + "/services/0/assignedIPs", "['203.0.113.70']"),
                        TWO.set(C + "/services/0/assignedIPs", "['203.0.113.70']").set(C + "/services/0/sharingKey", "echo")
                                .set(C + "/services/1/sharingKey", "echo").set(C + "/services/0/ports/0/port", "81"))
                        .expecting("do not share a metallb.io/allow-shared-ip key"),
                RuleCase.of("ADDR-SERVICE-IP-CONFLICT", "a shared key but the same port",
                        TWO.set(C + "/services/0/assignedIPs", "['203.0.113.70']").set(C + "/services/0/sharingKey", "echo").set(C + "/services/1/sharingKey", "echo"),
                        TWO.set(C + "/services/0/assignedIPs", "['203.0.113.70']").set(C + "/services/0/sharingKey", "echo")
                                .set(C + "/services/1/sharingKey", "echo").set(C + "/services/0/ports/0/port", "81")).expecting("both use port 80/TCP"),
                RuleCase.of("ADDR-SERVICE-ANYCAST", "seed 000: .70 from both clusters", TWO,
                        TWO.set("/clusters/1/services/1/loadBalancerIPs", "['203.0.113.71']")).expecting("203.0.113.70 is announced from clusters"),
                RuleCase.of("ADDR-SERVICE-IP-IN-TWO-CLUSTERS", ".70 in both clusters, but Bravo advertises nothing",
                        TWO.remove("/clusters/1/metallb/advertisements"), TWO).expecting("k8s-bravo-bissotwo does not announce it"));
    }
}
