package io.peerplan.model.validate;

/**
 * One rule's pair of fixtures: {@code trigger} must produce a finding of the rule (containing
 * {@code expect} when given), {@code nearMiss}, a minimal step away, must not.
 */
record RuleCase(String ruleId, String description, Fixture trigger, Fixture nearMiss, String expect) {

    static RuleCase of(String ruleId, String description, Fixture trigger, Fixture nearMiss) {
        return new RuleCase(ruleId, description, trigger, nearMiss, null);
    }

    RuleCase expecting(String text) {
        return new RuleCase(ruleId, description, trigger, nearMiss, text);
    }

    @Override
    public String toString() {
        return ruleId + ": " + description;
    }
}
