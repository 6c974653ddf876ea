package io.peerplan.model.validate.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Action;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.PrefixList;
import io.peerplan.model.session.Ips;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FRR prefix-list matching (lib/plist.c): exact length by default, ge/le widen it, 'any' is 0.0.0.0/0 le 32. */
class PrefixFilterTest {
    private static final PrefixList SEED = new PrefixList("my_anycast_subnet", List.of(
            new PrefixList.Entry(10, Action.PERMIT, IpPrefix.parse("203.0.113.64/29"), null, 32),
            new PrefixList.Entry(100, Action.DENY, IpPrefix.ANY, null, null)));

    @ParameterizedTest
    @CsvSource({"203.0.113.64/29, PERMIT", "203.0.113.70/32, PERMIT", "203.0.113.72/32, DENY", "203.0.113.0/24, DENY", "0.0.0.0/0, DENY"})
    void seedList(String route, Action expected) {
        assertThat(PrefixFilter.evaluate(SEED, Ips.parseCidr(route))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/8, , , 10.0.0.0/8, true", "10.0.0.0/8, , , 10.1.0.0/16, false", "10.0.0.0/8, 16, , 10.1.0.0/16, true",
            "10.0.0.0/8, 16, , 10.1.1.0/24, true", "10.0.0.0/8, 16, 20, 10.1.1.0/24, false", "10.0.0.0/8, , 24, 10.1.1.0/24, true",
            "10.0.0.0/8, , 24, 11.0.0.0/8, false"})
    void geLe(String prefix, Integer ge, Integer le, String route, boolean matches) {
        PrefixList.Entry e = new PrefixList.Entry(5, Action.PERMIT, IpPrefix.parse(prefix), ge, le);
        assertThat(PrefixFilter.matches(e, Ips.parseCidr(route))).isEqualTo(matches);
    }
}
