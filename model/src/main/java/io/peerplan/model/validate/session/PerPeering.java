package io.peerplan.model.validate.session;

import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reports one finding per peering and problem, not one per speaker: a listen range with forty
 * speakers that all send the wrong AS is one finding naming the forty nodes.
 */
final class PerPeering {
    private static final String SPEAKERS = "\u0000speakers\u0000";
    /** Verbs that follow a merged "the speakers on a, b (cluster c)" and must agree with the plural. */
    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile(
            "(the speakers on [^)]*\\)) (expects|sends|runs|uses|has|reaches|connects|asks)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private PerPeering() {
    }

    /**
     * {@code problem} returns a message for a session (or null); messages that differ only by the
     * speaker are merged, naming the speakers together.
     */
    static void report(List<Session> sessions, Function<Session, String> problem, Function<Session, String> hint, Sink sink) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Session s : sessions) {
            String message = problem.apply(s);
            if (message == null) {
                continue;
            }
            SessionEnd speaker = s.a().isSpeaker() ? s.a() : s.b().isSpeaker() ? s.b() : null;
            String key = s.peering().id() + "\u0001" + (speaker == null ? message : message.replace(speaker.label(), SPEAKERS));
            Group g = groups.computeIfAbsent(key, k -> new Group(s, speaker == null ? message : message.replace(speaker.label(), SPEAKERS),
                    hint == null ? null : hint.apply(s)));
            if (speaker != null) {
                g.nodes.add(speaker.node().name());
                g.ids.add(speaker.vertex());
            }
        }
        for (Group g : groups.values()) {
            List<String> ids = new ArrayList<>(g.ids);
            ids.addAll(g.first.ids());
            String text = g.template;
            if (text.contains(SPEAKERS)) {
                SessionEnd sp = g.first.a().isSpeaker() ? g.first.a() : g.first.b();
                String who = (g.nodes.size() == 1 ? "the speaker on " : "the speakers on ") + String.join(", ", g.nodes)
                        + " (cluster " + sp.cluster().displayName() + ")";
                text = text.replace(SPEAKERS, who);
                if (g.nodes.size() > 1) {
                    text = PLURAL.matcher(text).replaceAll(m -> m.group(1) + " " + plural(m.group(2)));
                }
            }
            sink.report(capitalize(text) + " [peering " + g.first.peering().id() + "]", ids, g.hint);
        }
    }

    /** "has" → "have", "reaches" → "reach", "sends" → "send". */
    static String plural(String verb) {
        if (verb.equalsIgnoreCase("has")) {
            return "have";
        }
        return verb.endsWith("ches") || verb.endsWith("shes") ? verb.substring(0, verb.length() - 2) : verb.substring(0, verb.length() - 1);
    }

    /** Sentence case for messages that open with a common word; element names keep their own case. */
    static String capitalize(String s) {
        for (String w : new String[] {"the ", "both ", "neither "}) {
            if (s.startsWith(w)) {
                return Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        }
        return s;
    }

    private static final class Group {
        final Session first;
        final String template;
        final String hint;
        final List<String> nodes = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        Group(Session first, String template, String hint) {
            this.first = first;
            this.template = template;
            this.hint = hint;
        }
    }
}
