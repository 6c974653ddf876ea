package io.peerplan.model;

/**
 * A router's BFD profile ({@code bfd / profile NAME} in FRR's bfdd). Intervals are in milliseconds.
 * FRR defaults: multiplier 3, receive/transmit 300 ms, echo off.
 */
public record BfdProfile(String name, Integer detectMultiplier, Integer receiveInterval, Integer transmitInterval,
        Boolean echoMode, Integer echoInterval, Integer minimumTtl, Boolean passiveMode, boolean logSessionChanges) {

    public int effectiveMultiplier() {
        return detectMultiplier != null ? detectMultiplier : 3;
    }

    public int effectiveReceiveInterval() {
        return receiveInterval != null ? receiveInterval : 300;
    }

    public int effectiveTransmitInterval() {
        return transmitInterval != null ? transmitInterval : 300;
    }

    public BfdProfile withName(String value) {
        return new BfdProfile(value, detectMultiplier, receiveInterval, transmitInterval, echoMode, echoInterval,
                minimumTtl, passiveMode, logSessionChanges);
    }

    public BfdProfile withDetectMultiplier(Integer value) {
        return new BfdProfile(name, value, receiveInterval, transmitInterval, echoMode, echoInterval, minimumTtl,
                passiveMode, logSessionChanges);
    }

    public BfdProfile withReceiveInterval(Integer value) {
        return new BfdProfile(name, detectMultiplier, value, transmitInterval, echoMode, echoInterval, minimumTtl,
                passiveMode, logSessionChanges);
    }

    public BfdProfile withTransmitInterval(Integer value) {
        return new BfdProfile(name, detectMultiplier, receiveInterval, value, echoMode, echoInterval, minimumTtl,
                passiveMode, logSessionChanges);
    }

    public BfdProfile withEchoMode(Boolean value) {
        return new BfdProfile(name, detectMultiplier, receiveInterval, transmitInterval, value, echoInterval,
                minimumTtl, passiveMode, logSessionChanges);
    }

    public BfdProfile withEchoInterval(Integer value) {
        return new BfdProfile(name, detectMultiplier, receiveInterval, transmitInterval, echoMode, value, minimumTtl,
                passiveMode, logSessionChanges);
    }

    public BfdProfile withMinimumTtl(Integer value) {
        return new BfdProfile(name, detectMultiplier, receiveInterval, transmitInterval, echoMode, echoInterval,
                value, passiveMode, logSessionChanges);
    }

    public BfdProfile withPassiveMode(Boolean value) {
        return new BfdProfile(name, detectMultiplier, receiveInterval, transmitInterval, echoMode, echoInterval,
                minimumTtl, value, logSessionChanges);
    }

    public BfdProfile withLogSessionChanges(boolean value) {
        return new BfdProfile(name, detectMultiplier, receiveInterval, transmitInterval, echoMode, echoInterval,
                minimumTtl, passiveMode, value);
    }
}
