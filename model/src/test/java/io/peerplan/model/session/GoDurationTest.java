package io.peerplan.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's own tables for {@code time.ParseDuration}: {@code parseDurationTests} and
 * {@code parseDurationErrorTests} in go/src/time/time_test.go, values copied one for one. Left out:
 * the error cases whose input is not valid UTF-8 ({@code "\x85\x85"}, {@code "\xffff"}), which a
 * YAML document decoded to a Java string cannot carry; their U+FFFD counterparts are kept.
 */
class GoDurationTest {
    private static final long NS = 1;
    private static final long US = 1_000 * NS;
    private static final long MS = 1_000 * US;
    private static final long S = 1_000 * MS;
    private static final long M = 60 * S;
    private static final long H = 60 * M;

    static Stream<Arguments> parseDurationTests() {
        return Stream.of(
                // simple
                Arguments.of("0", 0L), Arguments.of("5s", 5 * S), Arguments.of("30s", 30 * S), Arguments.of("1478s", 1478 * S),
                // sign
                Arguments.of("-5s", -5 * S), Arguments.of("+5s", 5 * S), Arguments.of("-0", 0L), Arguments.of("+0", 0L),
                // decimal
                Arguments.of("5.0s", 5 * S), Arguments.of("5.6s", 5 * S + 600 * MS), Arguments.of("5.s", 5 * S),
                Arguments.of(".5s", 500 * MS), Arguments.of("1.0s", 1 * S), Arguments.of("1.00s", 1 * S),
                Arguments.of("1.004s", 1 * S + 4 * MS), Arguments.of("1.0040s", 1 * S + 4 * MS),
                Arguments.of("100.00100s", 100 * S + 1 * MS),
                // different units
                Arguments.of("10ns", 10 * NS), Arguments.of("11us", 11 * US), Arguments.of("12\u00b5s", 12 * US),
                Arguments.of("12\u03bcs", 12 * US), Arguments.of("13ms", 13 * MS), Arguments.of("14s", 14 * S),
                Arguments.of("15m", 15 * M), Arguments.of("16h", 16 * H),
                // composite durations
                Arguments.of("3h30m", 3 * H + 30 * M), Arguments.of("10.5s4m", 4 * M + 10 * S + 500 * MS),
                Arguments.of("-2m3.4s", -(2 * M + 3 * S + 400 * MS)),
                Arguments.of("1h2m3s4ms5us6ns", 1 * H + 2 * M + 3 * S + 4 * MS + 5 * US + 6 * NS),
                Arguments.of("39h9m14.425s", 39 * H + 9 * M + 14 * S + 425 * MS),
                // large value
                Arguments.of("52763797000ns", 52763797000L * NS),
                // more than 9 digits after decimal point, see https://golang.org/issue/6617
                Arguments.of("0.3333333333333333333h", 20 * M),
                // 9007199254740993 = 1<<53+1 cannot be stored precisely in a float64
                Arguments.of("9007199254740993ns", (1L << 53) + 1),
                // largest duration that can be represented by int64 in nanoseconds
                Arguments.of("9223372036854775807ns", Long.MAX_VALUE), Arguments.of("9223372036854775.807us", Long.MAX_VALUE),
                Arguments.of("9223372036s854ms775us807ns", Long.MAX_VALUE),
                Arguments.of("-9223372036854775808ns", Long.MIN_VALUE), Arguments.of("-9223372036854775.808us", Long.MIN_VALUE),
                Arguments.of("-9223372036s854ms775us808ns", Long.MIN_VALUE),
                // largest negative round trip value, see https://golang.org/issue/48629
                Arguments.of("-2562047h47m16.854775808s", Long.MIN_VALUE),
                // huge string; issue 15011.
                Arguments.of("0.100000000000000000000h", 6 * M),
                // This value tests the first overflow check in leadingFraction.
                Arguments.of("0.830103483285477580700h", 49 * M + 48 * S + 372539827 * NS));
    }

    @ParameterizedTest
    @MethodSource("parseDurationTests")
    void parsesAsGo(String in, long want) {
        assertThat(GoDuration.parse(in).nanos()).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            // invalid
            "''|\"\"", "3|\"3\"", "-|\"-\"", "s|\"s\"", ".|\".\"", "-.|\"-.\"", ".s|\".s\"", "+.s|\"+.s\"", "1d|\"1d\"",
            "\ufffd|\"\\xef\\xbf\\xbd\"", "\ufffd hello \ufffd world|\"\\xef\\xbf\\xbd hello \\xef\\xbf\\xbd world\"",
            // overflow
            "9223372036854775810ns|\"9223372036854775810ns\"", "9223372036854775808ns|\"9223372036854775808ns\"",
            "-9223372036854775809ns|\"-9223372036854775809ns\"", "9223372036854776us|\"9223372036854776us\"",
            "3000000h|\"3000000h\"", "9223372036854775.808us|\"9223372036854775.808us\"",
            "9223372036854ms775us808ns|\"9223372036854ms775us808ns\""})
    void refusesAsGo(String in, String expect) {
        assertThatThrownBy(() -> GoDuration.parse(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("time: ").hasMessageContaining(expect);
    }

    @Test
    void errorTextsAreGos() {
        assertThatThrownBy(() -> GoDuration.parse("90")).hasMessage("time: missing unit in duration \"90\"");
        assertThatThrownBy(() -> GoDuration.parse("5d")).hasMessage("time: unknown unit \"d\" in duration \"5d\"");
        assertThatThrownBy(() -> GoDuration.parse("1 s")).hasMessage("time: unknown unit \" s\" in duration \"1 s\"");
        assertThatThrownBy(() -> GoDuration.parse(null)).hasMessage("time: invalid duration \"\"");
    }

    @Test
    void wholeSecondsTruncateLikeGo() {
        assertThat(new GoDuration(2_700_000_000L).wholeSeconds()).isEqualTo(2);
        assertThat(new GoDuration(500_000_000L).wholeSeconds()).isZero();
        assertThat(GoDuration.parse("30s").times(3).wholeSeconds()).isEqualTo(90);
    }

    /**
     * Go's {@code durationTests} for {@code Duration.String()} (go/src/time/time_test.go), each checked
     * negated as Go's test does, and read back.
     */
    @ParameterizedTest
    @CsvSource({"0s, 0", "1ns, 1", "1.1\u00b5s, 1100", "2.2ms, 2200000", "3.3s, 3300000000", "4m5s, 245000000000",
            "4m5.001s, 245001000000", "5h6m7.001s, 18367001000000", "8m0.000000001s, 480000000001",
            "2562047h47m16.854775807s, 9223372036854775807", "-2562047h47m16.854775808s, -9223372036854775808"})
    void printsAsGo(String text, long nanos) {
        assertThat(new GoDuration(nanos)).hasToString(text);
        if (nanos > 0) {
            assertThat(new GoDuration(-nanos)).hasToString("-" + text);
        }
        assertThat(GoDuration.parse(text).nanos()).isEqualTo(nanos);
    }
}
