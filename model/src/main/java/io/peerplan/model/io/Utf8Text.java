package io.peerplan.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a file Peerplan reads (project files, imported configs): binary garbage
 * or another encoding is named as such, at the line and column of its first bad byte, instead of
 * producing odd parse errors further on.
 */
public final class Utf8Text {
    /** The first byte that is not UTF-8 text (a NUL counts as such): where it is and what it is. */
    public static final class NotText extends Exception {
        private final int line;
        private final int column;

        NotText(byte[] bytes, int offset) {
            super(String.format("not a text file: byte 0x%02x at offset %d is not valid UTF-8 text", bytes[offset] & 0xff, offset),
                    null, false, false);
            int l = 1;
            int c = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    l++;
                    c = 1;
                } else {
                    c++;
                }
            }
            this.line = l;
            this.column = c;
        }

        /** 1-based. */
        public int line() {
            return line;
        }

        /** 1-based, in bytes. */
        public int column() {
            return column;
        }
    }

    private Utf8Text() {
    }

    /**
     * The text, or where its first byte that is not UTF-8 text is. First the JDK's own decoding (a
     * vectorised copy while the bytes are ASCII): it puts U+FFFD in place of every malformed sequence
     * and a NUL char only for a NUL byte, so a text holding neither is the file's text. Only one that
     * holds either (a U+FFFD may also be the file's own) is decoded again, strictly, to say where.
     */
    public static String decode(byte[] bytes) throws NotText {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0 && text.indexOf('\0') < 0) {
            return text;
        }
        return decodeStrictly(bytes);
    }

    /** The text, or where its first byte that is not UTF-8 text is (one pass; the decoder stops at the bad byte). */
    static String decodeStrictly(byte[] bytes) throws NotText {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NotText(bytes, i);
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotText(bytes, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
