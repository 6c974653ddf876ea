package io.peerplan.model.validate.core;

import io.peerplan.model.validate.RuleInfo;

/**
 * One validation rule: its description and the function that checks it. Families declare their rules
 * as a {@code RuleInfo} constant plus a small static method each, and list them with {@link #of}.
 */
public record Rule(RuleInfo info, Check check) {

    /** The check itself: reads the shared {@link Context}, reports through the {@link Sink}. */
    @FunctionalInterface
    public interface Check {
        void run(Context context, Sink sink);
    }

    public static Rule of(RuleInfo info, Check check) {
        return new Rule(info, check);
    }
}
