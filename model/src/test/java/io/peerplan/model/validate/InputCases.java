package io.peerplan.model.validate;

import java.util.List;

/**
 * Trigger and near-miss fixtures for the field-syntax family: each trigger is one of the reproduced
 * reproduced injections (a line break in the log field, a rogue word in a peer-group name, a
 * program as command prefix), the near miss the same field written harmlessly.
 */
final class InputCases {
    static final Fixture TWO = Fixture.sample("two-dc-anycast");
    static final Fixture MK = Fixture.sample("mikrotik-core");
    private static final String GW = "/routers/0";

    private InputCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("INPUT-CONTROL-CHARACTER", "the log field adds a default route and a rogue neighbor to frr.conf",
                        TWO.set(GW + "/log", "\"syslog informational\\nip route 0.0.0.0/0 192.0.2.66\\nrouter bgp 64859\\n neighbor 192.0.2.66 remote-as 666\""),
                        TWO.set(GW + "/log", "syslog debugging"))
                        .expecting("gateway-alfa-unoone: log 'syslog informational\\u000Aip route"),
                RuleCase.of("INPUT-CONTROL-CHARACTER", "a service namespace adds a ClusterRoleBinding to services.yaml",
                        TWO.set("/clusters/0/services/0/namespace", "\"default\\n---\\nkind: ClusterRoleBinding\""),
                        TWO.set("/clusters/0/services/0/namespace", "web"))
                        .expecting("k8s-alfa: services[0].namespace"),
                RuleCase.of("INPUT-CONTROL-CHARACTER", "an interface name adds /system reset-configuration to a RouterOS script",
                        MK.set("/routers/0/interfaces/0/name", "\"bridge-k8s\\r\\n/system reset-configuration no-defaults=yes\""),
                        MK.set("/routers/0/interfaces/0/name", "bridge-k8s"))
                        .expecting("interfaces[0].name"),
                RuleCase.of("INPUT-CONTROL-CHARACTER", "an escape sequence in a description; line breaks are fine there (collapsed on export)",
                        TWO.set(GW + "/description", "\"gateway\\e[2J\""), TWO.set(GW + "/description", "\"gateway\\u2028of\\nAlfa\""))
                        .expecting("U+001B"),
                RuleCase.of("INPUT-CONTROL-CHARACTER", "U+2028 ends a YAML 1.1 comment line, and a router's display name is one",
                        TWO.set(GW + "/name", "\"gw\\u2028apiVersion: v1\""), TWO.set(GW + "/name", "gw-alfa"))
                        .expecting("U+2028"),
                RuleCase.of("INPUT-CONFIG-WORD", "a peer-group name smuggles a remote-as onto the neighbor line",
                        TWO.set(GW + "/peerGroups/0/name", "\"mks-nodes remote-as 666\"")
                                .set(GW + "/bgp/listenRanges/0/peerGroup", "\"mks-nodes remote-as 666\""),
                        TWO.set(GW + "/peerGroups/0/name", "mks-nodes-2").set(GW + "/bgp/listenRanges/0/peerGroup", "mks-nodes-2"))
                        .expecting("gateway-alfa-unoone: peerGroups[0].name 'mks-nodes remote-as 666' holds a space"),
                RuleCase.of("INPUT-CONFIG-WORD", "vtysh answers '?' with help while the commands are typed in",
                        TWO.set(GW + "/prefixLists/0/name", "\"why?\""), TWO.set(GW + "/prefixLists/0/name", "why"))
                        .expecting("'?'"),
                RuleCase.of("INPUT-FRR-LOG", "log is not a destination FRR knows", TWO.set(GW + "/log", "\"syslog informational extra\""),
                        TWO.set(GW + "/log", "\"file /var/log/frr/bgpd.log warnings\"")).expecting("not an FRR log destination"),
                RuleCase.of("INPUT-KUBERNETES-NAME", "a namespace with a space", TWO.set("/clusters/0/services/0/namespace", "\"my apps\""),
                        TWO.set("/clusters/0/services/0/namespace", "my-apps")).expecting("services[0].namespace 'my apps'"),
                RuleCase.of("INPUT-KUBERNETES-NAME", "a Service name starting with a digit (RFC 1035)",
                        TWO.set("/clusters/0/services/0/name", "1echo"), TWO.set("/clusters/0/services/0/name", "echo1")),
                RuleCase.of("INPUT-MANAGEMENT", "commandPrefix runs another program (truncate emptied frr-reload.py)",
                        TWO.set(GW + "/management/commandPrefix", "\"truncate -s0 /etc/frr/frr.conf --\""),
                        TWO.set(GW + "/management/commandPrefix", "\"sudo -n -u frr\""))
                        .expecting("management.commandPrefix 'truncate -s0 /etc/frr/frr.conf --' is not an allowed command prefix"),
                RuleCase.of("INPUT-MANAGEMENT", "a kubectl context that starts with '-' is read as an option",
                        TWO.set("/clusters/0/kubeContext", "\"--kubeconfig=/tmp/x\""),
                        TWO.set("/clusters/0/kubeContext", "\"admin@alfa $(touch x)\"")).expecting("kubeContext"));
    }
}
