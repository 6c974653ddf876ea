package io.peerplan.model.validate.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The character checks skip the Unicode tables for printable ASCII; every character of the Basic
 * Multilingual Plane must still be judged exactly as its Unicode category says: control characters
 * and line or paragraph separators (Cc, Zl, Zp) end a line, TEXT may hold line breaks and tabs, and
 * a WORD also refuses white space, space separators, format characters (Cf) and '?'.
 */
class GrammarTest {

    @Test
    void everyCharacterIsJudgedByItsUnicodeCategory() {
        List<String> wrong = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String value = "a" + (char) c + "b";
            int type = Character.getType(c);
            boolean endsALine = type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            boolean breakOrTab = c == '\n' || c == '\r' || c == '\t' || c == 0x85 || c == 0x2028 || c == 0x2029;
            boolean notAWord = endsALine || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '?'
                    || type == Character.FORMAT;
            expect(wrong, c, "LINE", Grammar.LINE.check(value).isPresent(), endsALine);
            expect(wrong, c, "TEXT", Grammar.TEXT.check(value).isPresent(), endsALine && !breakOrTab);
            expect(wrong, c, "WORD", Grammar.WORD.check(value).isPresent(), notAWord);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWordNamesItsFirstBadCharacter() {
        assertThat(Grammar.WORD.check("a b?").orElseThrow().reason())
                .isEqualTo("holds a space (U+0020) at position 2, but a router command line reads it as one word");
        assertThat(Grammar.WORD.check("a?b c").orElseThrow().reason())
                .isEqualTo("holds '?', which vtysh takes as a request for help while a command is typed");
        assertThat(Grammar.LINE.check("ok\u0007").orElseThrow().reason()).contains("U+0007").contains("position 3");
    }

    private static void expect(List<String> wrong, int c, String grammar, boolean refused, boolean shouldRefuse) {
        if (refused != shouldRefuse) {
            wrong.add("%s U+%04X: %s".formatted(grammar, c, refused ? "refused" : "accepted"));
        }
    }
}
