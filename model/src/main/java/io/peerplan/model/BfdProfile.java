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
}
