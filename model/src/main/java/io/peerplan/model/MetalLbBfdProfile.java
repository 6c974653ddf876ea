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

    public MetalLbBfdProfile withName(String value) {
        return new MetalLbBfdProfile(value, receiveInterval, transmitInterval, detectMultiplier, echoInterval, echoMode, passiveMode, minimumTtl);
    }

    public MetalLbBfdProfile withReceiveInterval(Integer value) {
        return new MetalLbBfdProfile(name, value, transmitInterval, detectMultiplier, echoInterval, echoMode, passiveMode, minimumTtl);
    }

    public MetalLbBfdProfile withTransmitInterval(Integer value) {
        return new MetalLbBfdProfile(name, receiveInterval, value, detectMultiplier, echoInterval, echoMode, passiveMode, minimumTtl);
    }

    public MetalLbBfdProfile withDetectMultiplier(Integer value) {
        return new MetalLbBfdProfile(name, receiveInterval, transmitInterval, value, echoInterval, echoMode, passiveMode, minimumTtl);
    }

    public MetalLbBfdProfile withEchoInterval(Integer value) {
        return new MetalLbBfdProfile(name, receiveInterval, transmitInterval, detectMultiplier, value, echoMode, passiveMode, minimumTtl);
    }

    public MetalLbBfdProfile withEchoMode(Boolean value) {
        return new MetalLbBfdProfile(name, receiveInterval, transmitInterval, detectMultiplier, echoInterval, value, passiveMode, minimumTtl);
    }

    public MetalLbBfdProfile withPassiveMode(Boolean value) {
        return new MetalLbBfdProfile(name, receiveInterval, transmitInterval, detectMultiplier, echoInterval, echoMode, value, minimumTtl);
    }

    public MetalLbBfdProfile withMinimumTtl(Integer value) {
        return new MetalLbBfdProfile(name, receiveInterval, transmitInterval, detectMultiplier, echoInterval, echoMode, passiveMode, value);
    }
}
