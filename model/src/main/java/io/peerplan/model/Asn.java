package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An autonomous system number, 0..4294967295 (RFC 6793 four-octet ASNs). Reserved values such
 * as 0 and 23456 are representable so that the validator can report them; anything outside the
 * 32-bit range is rejected when the project file is read.
 */
public record Asn(long value) implements Comparable<Asn> {

    public static final long MAX = 4_294_967_295L;

    public Asn {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("AS number " + value + " is out of range (0.." + MAX + ")");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Asn of(long value) {
        return new Asn(value);
    }

    /** RFC 6996 private-use ranges: 64512..65534 and 4200000000..4294967294. */
    public boolean isPrivate() {
        return (value >= 64512 && value <= 65534) || (value >= 4_200_000_000L && value <= 4_294_967_294L);
    }

    /** True when the number needs four octets (RFC 6793). */
    public boolean isFourByte() {
        return value > 65535;
    }

    @JsonValue
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    @Override
    public int compareTo(Asn o) {
        return Long.compare(value, o.value);
    }
}
