package io.peerplan.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.FailoverBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code failover} object of simulate's JSON (docs/simulation-json.md): for each service IP and
 * vantage, the sessions on its serving paths and the requests a failure of each loses. It is over half
 * of the version 2 document (5,000 service IPs × their sessions on the scale topology), so its field
 * names are serialised once and each detection's explanation, shared by every session it applies to,
 * once per document.
 */
final class FailoverJson {
    private static final SerializedString SERVICE_IP = new SerializedString("serviceIp");
    private static final SerializedString VANTAGE = new SerializedString("vantage");
    private static final SerializedString SESSIONS = new SerializedString("sessions");
    private static final SerializedString SESSION = new SerializedString("session");
    private static final SerializedString A = new SerializedString("a");
    private static final SerializedString B = new SerializedString("b");
    private static final SerializedString MECHANISM = new SerializedString("mechanism");
    private static final SerializedString MILLIS = new SerializedString("millis");
    private static final SerializedString EXPLANATION = new SerializedString("explanation");
    private static final SerializedString REQUESTS_LOST = new SerializedString("requestsLost");
    private static final SerializedString WORST_SESSION = new SerializedString("worstSession");

    private final Map<String, SerializedString> texts = new HashMap<>();

    /** Writes {@code "failover": {...}} into the open object. */
    void write(JsonGenerator g, Consumer<Consumer<FailoverBudget>> budgets, double rps) throws IOException {
        g.writeObjectFieldStart("failover");
        g.writeNumberField("rps", rps);
        g.writeArrayFieldStart("budgets");
        try {
            budgets.accept(b -> {
                try {
                    budget(g, b, rps);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void budget(JsonGenerator g, FailoverBudget b, double rps) throws IOException {
        g.writeStartObject();
        g.writeFieldName(SERVICE_IP);
        g.writeString(b.serviceIp() == null ? null : b.serviceIp().toString());
        g.writeFieldName(VANTAGE);
        g.writeString(b.vantage());
        g.writeFieldName(SESSIONS);
        g.writeStartArray();
        for (FailoverBudget.SessionBudget s : b.sessions()) {
            session(g, s, rps);
        }
        g.writeEndArray();
        FailoverBudget.SessionBudget worst = b.worst().orElse(null);
        g.writeFieldName(WORST_SESSION);
        g.writeString(worst == null ? null : worst.session());
        g.writeEndObject();
    }

    private void session(JsonGenerator g, FailoverBudget.SessionBudget s, double rps) throws IOException {
        Detection d = s.detection();
        g.writeStartObject();
        g.writeFieldName(SESSION);
        g.writeString(s.session());
        g.writeFieldName(A);
        g.writeString(s.a());
        g.writeFieldName(B);
        g.writeString(s.b());
        g.writeFieldName(MECHANISM);
        g.writeString(text(d.mechanism().label()));
        g.writeFieldName(MILLIS);
        g.writeNumber(d.millis());
        g.writeFieldName(EXPLANATION);
        if (d.explanation() == null) {
            g.writeNull();
        } else {
            g.writeString(text(d.explanation()));
        }
        g.writeFieldName(REQUESTS_LOST);
        if (d.mechanism() == Detection.Mechanism.NEVER) {
            g.writeNull();
        } else {
            g.writeNumber(s.requestsLost(rps));
        }
        g.writeEndObject();
    }

    /** A detection's texts repeat for every session it applies to: each is escaped once. */
    private SerializedString text(String s) {
        return texts.computeIfAbsent(s, SerializedString::new);
    }
}
