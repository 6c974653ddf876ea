package io.peerplan.export.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A value inside a RouterOS command is quoted with the script language's own escapes (RouterOS
 * manual, Scripting, "Constant Escape Sequences"): a line break cannot end the command (an
 * interface name once added {@code /system reset-configuration}), {@code $} cannot expand a variable.
 */
class RscLineQuoteTest {

    @Test
    void lineBreaksQuotesVariablesAndHelpAreEscaped() {
        assertThat(RscLine.quote("x\r\n/system reset-configuration \"$y\" ?"))
                .isEqualTo("\"x\\r\\n/system reset-configuration \\\"\\$y\\\" \\?\"");
        assertThat(RscLine.quote("tab\there")).isEqualTo("\"tab\\there\"");
        assertThat(RscLine.quote("back\\slash")).isEqualTo("\"back\\\\slash\"");
    }

    @Test
    void otherControlCharactersBecomeCapitalHexEscapes() {
        assertThat(RscLine.quote("bell\u0007")).isEqualTo("\"bell\\07\"");
        assertThat(RscLine.quote("nel\u0085")).isEqualTo("\"nel\\C2\\85\"");
    }

    @Test
    void plainWordsStayUnquotedAsRouterOsExportsThem() {
        assertThat(RscLine.quote("kube1")).isEqualTo("kube1");
        assertThat(RscLine.add().prop("name", "a b").prop("comment", "x\ny").toString()).isEqualTo("add comment=\"x\\ny\" name=\"a b\"");
    }
}
