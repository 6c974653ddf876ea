package io.peerplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand parser of plain dotted quads takes only what the library takes, and gives the same address. */
class IpParsingTest {

    @Test
    void plainQuadsAreTheLibrarysAddresses() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("0.0.0.0", "255.255.255.255", "10.0.0.0/24", "10.0.0.1/24",
                "0.0.0.0/0", "192.0.2.1/32", "100.66.4.0/22", "198.51.100.14/29", "1.2.3.4/33", "01.2.3.4", "1.2.3.4/08",
                "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/", "/24", "1..2.3", "1.2.3.4/3a", "1.2.3.4/ 8", "1.2.3.4 "));
        for (int i = 0; i < 20_000; i++) {
            texts.add(random.nextInt(300) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(260)
                    + (i % 2 == 0 ? "/" + random.nextInt(34) : ""));
            StringBuilder noise = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                noise.append("0123456789./".charAt(random.nextInt(12)));
            }
            texts.add(noise.toString());
        }
        int taken = 0;
        for (String t : texts) {
            for (boolean prefixed : new boolean[] {false, true}) {
                IPv4Address fast = IpParsing.plainIpv4(t, prefixed);
                IPAddress library = library(t);
                if (fast == null) {
                    continue;
                }
                taken++;
                assertThat(library).as("the library takes %s", t).isNotNull();
                assertThat(library.isPrefixed()).as(t).isEqualTo(prefixed);
                assertThat((Object) fast).as(t).isEqualTo(library);
                assertThat(fast.toCanonicalString()).as(t).isEqualTo(library.toCanonicalString());
                assertThat((Object) fast.toPrefixBlock()).as(t).isEqualTo(library.toPrefixBlock());
                assertThat(fast.getCount()).as(t).isEqualTo(library.getCount());
            }
        }
        assertThat(taken).isGreaterThan(15_000);
    }

    @Test
    void modelRecordsReadThePlainFormsAsBefore() {
        assertThat(IpPrefix.parse("10.0.0.1/24").network()).isEqualTo(IpPrefix.parse("10.0.0.0/24"));
        assertThat(IpPrefix.parse("10.0.0.0/24").toString()).isEqualTo("10.0.0.0/24");
        assertThat(Ip.parse(" 192.0.2.7 ").toString()).isEqualTo("192.0.2.7");
        assertThat(IpPrefix.parse("10.0.0.0/24").contains(Ip.parse("10.0.0.255"))).isTrue();
    }

    @Test
    void anyIsTheLibrarysWholeIpv4Space() {
        IPAddress library = library("0.0.0.0/0");
        assertThat((Object) IpPrefix.ANY.address()).isEqualTo(library);
        assertThat(IpPrefix.ANY.address().getCount()).isEqualTo(library.getCount());
        assertThat(IpPrefix.ANY.any()).isTrue();
        assertThat(IpPrefix.ANY.contains(Ip.parse("203.0.113.9"))).isTrue();
        assertThat(IpPrefix.parse("any")).isSameAs(IpPrefix.ANY);
    }

    /** Ip writes equals and hashCode out (so no record bootstrap runs): they must be the record's own. */
    @Test
    void ipEqualsAndHashesAsItsRecordWould() {
        record Generated(IPAddress address) {
        }
        Random random = new Random(5);
        List<String> texts = new ArrayList<>(List.of("0.0.0.0", "192.0.2.1", "2001:db8::1", "::", "fe80::1"));
        for (int i = 0; i < 2_000; i++) {
            texts.add(random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256));
            texts.add("2001:db8::" + Integer.toHexString(random.nextInt(0x10000)));
        }
        for (String a : texts) {
            Ip ip = Ip.parse(a);
            assertThat(ip.hashCode()).as(a).isEqualTo(new Generated(ip.address()).hashCode());
            assertThat(ip).isEqualTo(Ip.parse(a)).isNotEqualTo(a).isNotEqualTo(null);
            String b = texts.get(random.nextInt(texts.size()));
            assertThat(ip.equals(Ip.parse(b))).as("%s = %s", a, b)
                    .isEqualTo(new Generated(ip.address()).equals(new Generated(Ip.parse(b).address())));
        }
    }

    @Test
    void aLengthOfFourDigitsOrMoreIsRefusedInWords() {
        // IPAddress 5.5.1 reads 4294967296 as 0 and fails with an index out of bounds from 2^31.
        for (String length : List.of("4294967296", "2147483648", "3000000000", "0024", "99999999999")) {
            assertThatThrownBy(() -> IpPrefix.parse("10.0.0.0/" + length)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'10.0.0.0/" + length + "' is not a valid CIDR prefix");
            assertThatThrownBy(() -> Ip.parse("10.0.0.1/" + length)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'10.0.0.1/" + length + "' is not a valid IP address");
            assertThatThrownBy(() -> IpPrefix.parse("2001:db8::/" + length)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'2001:db8::/" + length + "' is not a valid CIDR prefix");
        }
    }

    /** The library's own answer; null when it refuses (it also throws more than its checked exception, see above). */
    private static IPAddress library(String text) {
        if (IpParsing.overlongLength(text)) {
            return null;
        }
        try {
            return new IPAddressString(text, IpParsing.STRICT).toAddress();
        } catch (AddressStringException e) {
            return null;
        }
    }
}
