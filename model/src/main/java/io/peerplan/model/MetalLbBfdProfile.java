package io.peerplan.model;

/** MetalLB BFDProfile. Intervals in milliseconds; MetalLB defaults 300/300/3, echo off. */
public record MetalLbBfdProfile(String name, Integer receiveInterval, Integer transmitInterval,
        Integer detectMultiplier, Integer echoInterval, Boolean echoMode, Boolean passiveMode, Integer minimumTtl) {

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
