package io.peerplan.export;

/**
 * One generated file of a config bundle: its path inside the bundle (e.g.
 * {@code gateway-alfa-unoone/frr.conf}) and its text.
 */
public record ExportFile(String path, String content) {
}
