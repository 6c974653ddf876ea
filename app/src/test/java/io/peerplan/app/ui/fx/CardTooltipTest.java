package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.model.sample.Samples;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Resting the pointer on a card shows its whole text (which the card shortens) and the findings its badge counts. */
class CardTooltipTest extends DesignerFxTest {
    @Override
    FindingsSource findings() {
        return ValidatorFindings.INSTANCE;
    }

    @Test
    void aCardsTooltipCarriesItsWholeTextAndItsFindings() throws Exception {
        open(Samples.load("two-dc-anycast"));
        waitUntil(() -> model().findings().revision() >= 0);
        camera(0.7, 0, 0);
        String detail = card("gateway-bravo-bissotwo").detail();
        robot.moveTo(center("gateway-bravo-bissotwo"));
        robot.moveBy(3, 2);
        waitUntil(() -> shownTooltip() != null);
        String text = shownTooltip().getText();
        assertThat(text).startsWith("gateway-bravo-bissotwo").contains(detail).contains("findings:")
                .contains("BFD toward Betelgeuse");
    }

    private static Tooltip shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing()).map(w -> (Tooltip) w)
                .findFirst().orElse(null);
    }
}
