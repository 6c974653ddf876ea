package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Text#decode} takes the JDK's lenient decoding when it proves the bytes valid and falls
 * back to the strict decoder otherwise: for any bytes it must answer exactly as the strict decoder
 * does (the same text, or the same first bad byte, line and column).
 */
class Utf8TextTest {

    @Test
    void anyBytesGetTheStrictDecodersAnswer() {
        Random random = new Random(20261207);
        byte[][] pieces = {"name: gw-1\n".getBytes(StandardCharsets.UTF_8), "Москва ".getBytes(StandardCharsets.UTF_8),
                "路由器\n".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0xC0, (byte) 0x80},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0x80}, "😀".getBytes(StandardCharsets.UTF_8)};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder hex = new StringBuilder();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int p = random.nextInt(6); p >= 0; p--) {
                byte[] piece = random.nextInt(4) == 0 ? pieces[3 + random.nextInt(pieces.length - 3)] : pieces[random.nextInt(3)];
                out.writeBytes(piece);
                hex.append(HexFormat.of().formatHex(piece)).append(' ');
            }
            byte[] bytes = out.toByteArray();
            assertThat(answer(() -> Utf8Text.decode(bytes))).as(hex.toString()).isEqualTo(answer(() -> Utf8Text.decodeStrictly(bytes)));
        }
    }

    @Test
    void aFileOfValidTextWithAReplacementCharacterOfItsOwnIsText() throws Exception {
        assertThat(Utf8Text.decode("a: \uFFFD\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("a: \uFFFD\n");
    }

    @Test
    void aNulOrAMalformedByteIsNamedWhereItIs() {
        assertThatThrownBy(() -> Utf8Text.decode("a: 1\nb: \0".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Utf8Text.NotText.class).hasMessageContaining("byte 0x00 at offset 8");
        assertThatThrownBy(() -> Utf8Text.decode(new byte[] {'a', '\n', 'b', (byte) 0xFF}))
                .isInstanceOfSatisfying(Utf8Text.NotText.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                });
    }

    private interface Decoding {
        String decode() throws Utf8Text.NotText;
    }

    private static String answer(Decoding d) {
        try {
            return "text " + d.decode();
        } catch (Utf8Text.NotText e) {
            return "not text " + e.getMessage() + " at " + e.line() + ":" + e.column();
        }
    }
}
