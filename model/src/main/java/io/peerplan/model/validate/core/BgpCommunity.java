package io.peerplan.model.validate.core;

/**
 * A community string as MetalLB reads it ({@code internal/bgp/community/community.go}): {@code A:B}
 * with 16-bit parts is a standard (RFC 1997) community, {@code large:A:B:C} with 32-bit parts a
 * large (RFC 8092) one; two or four colon-separated parts that do not fit are an invalid value
 * (rejected), and any other shape is taken as the name of an alias from a Community resource.
 */
public record BgpCommunity(Kind kind, String text, String error) {

    public enum Kind {
        STANDARD, LARGE, INVALID_VALUE, ALIAS
    }

    public static BgpCommunity parse(String text) {
        String s = text == null ? "" : text;
        String[] parts = s.split(":", -1);
        if (parts.length == 2) {
            for (String p : parts) {
                if (!fits(p, 0xFFFFL)) {
                    return new BgpCommunity(Kind.INVALID_VALUE, s,
                            "invalid community value: invalid section \"" + p + "\" of community \"" + s + "\"");
                }
            }
            return new BgpCommunity(Kind.STANDARD, s, null);
        }
        if (parts.length == 4) {
            if (!parts[0].equals("large")) {
                return new BgpCommunity(Kind.INVALID_VALUE, s, "invalid community value: invalid marker for large community, "
                        + "expected community to be of format large:<uint32>:<uint32>:<uint32> but got \"" + s + "\" instead");
            }
            for (int i = 1; i < 4; i++) {
                if (!fits(parts[i], 0xFFFF_FFFFL)) {
                    return new BgpCommunity(Kind.INVALID_VALUE, s,
                            "invalid community value: invalid section \"" + parts[i] + "\" of community \"" + s + "\"");
                }
            }
            return new BgpCommunity(Kind.LARGE, s, null);
        }
        return new BgpCommunity(Kind.ALIAS, s, "invalid community format: " + s);
    }

    /** The first (global administrator) part of a standard community, or -1. */
    public long firstPart() {
        return kind == Kind.STANDARD || kind == Kind.LARGE
                ? Long.parseLong(text.split(":")[kind == Kind.LARGE ? 1 : 0]) : -1;
    }

    /** Go's {@code strconv.ParseUint(s, 10, bits)}: digits only, no sign, within range. */
    static boolean fits(String part, long max) {
        if (part.isEmpty() || part.length() > 20 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            return Long.parseLong(part) <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
