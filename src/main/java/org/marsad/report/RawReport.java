package org.marsad.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A report exactly as received: its bytes, their SHA-256, where and when they were taken.
 * The hash is the identity of the bytes: the same bytes ingested twice are one raw report.
 */
public record RawReport(Origin origin, String mediaType, byte[] bytes, String sha256, Instant retrievedAt) {
    public RawReport {
        if (origin == null) {
            throw new IllegalArgumentException("origin must not be null");
        }
        if (bytes == null) {
            throw new IllegalArgumentException("bytes must not be null: " + origin);
        }
        if (sha256 == null || sha256.length() != 64) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits: " + sha256);
        }
        if (retrievedAt == null) {
            throw new IllegalArgumentException("retrievedAt must not be null: " + origin);
        }
    }

    /** A raw report whose hash is computed from its bytes. */
    public static RawReport of(Origin origin, String mediaType, byte[] bytes, Instant retrievedAt) {
        return new RawReport(origin, mediaType, bytes, sha256(bytes), retrievedAt);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
