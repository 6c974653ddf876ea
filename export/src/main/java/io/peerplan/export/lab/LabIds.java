package io.peerplan.export.lab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The lab id of a project: the first six hex digits of SHA-256 over {@code sample:NAME} or the
 * file's absolute path, so that {@code status}, {@code check} and {@code down} in a later
 * invocation find the lab {@code up} built for the same project.
 */
public final class LabIds {
    private LabIds() {
    }

    public static String forSource(String source) {
        String key = source.startsWith("sample:") ? source : Path.of(source).toAbsolutePath().normalize().toString();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A fresh random lab id, for a lab no later invocation needs to find (the designer's rehearsals). */
    public static String fresh() {
        return LabNames.newLabId();
    }
}
