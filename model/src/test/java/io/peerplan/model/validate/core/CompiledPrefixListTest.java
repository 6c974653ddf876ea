package io.peerplan.model.validate.core;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Action;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.PrefixList;
import io.peerplan.model.session.Ips;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The integer-compiled IPv4 prefix-list gives the same verdict as the general evaluation. */
class CompiledPrefixListTest {

    @Provide
    Arbitrary<PrefixList> lists() {
        Arbitrary<PrefixList.Entry> entry = Combinators.combine(
                Arbitraries.integers().between(1, 200),
                Arbitraries.of(Action.values()),
                Arbitraries.of("10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "0.0.0.0/0", "any", "10.1.2.3/32", "192.168.0.0/16"),
                Arbitraries.integers().between(0, 32).injectNull(0.6),
                Arbitraries.integers().between(0, 32).injectNull(0.6))
                .as((seq, action, prefix, ge, le) -> new PrefixList.Entry(seq, action, IpPrefix.parse(prefix),
                        ge == null ? null : Math.max(ge, IpPrefix.parse(prefix).length()), le));
        return entry.list().ofMaxSize(5).map(es -> {
            List<PrefixList.Entry> sorted = new ArrayList<>(es);
            return new PrefixList("l", sorted);
        });
    }

    @Provide
    Arbitrary<IPAddress> routes() {
        return Combinators.combine(Arbitraries.of("10.1.2.3", "10.1.2.0", "10.1.0.0", "10.0.0.0", "192.168.5.0", "11.0.0.0", "0.0.0.0"),
                        Arbitraries.integers().between(0, 32))
                .as((ip, len) -> Ips.networkOf(Ips.parseAddress(ip), len));
    }

    @Property(tries = 400)
    void compiledAgreesWithGeneral(@ForAll("lists") PrefixList list, @ForAll("routes") IPAddress route) {
        assertThat(PrefixFilter.compile(list).apply(route)).isEqualTo(PrefixFilter.evaluateSlow(list, route));
    }
}
