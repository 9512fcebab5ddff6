package org.govtechhub.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Unguessable tokens for the links sent by e-mail (the digest's confirm and unsubscribe links, a citizen's e-mail
 * verification): 256 random bits from {@link SecureRandom}, written as 43 URL-safe Base64 characters without padding.
 */
public final class SecureToken {

    /** A token is this many random bytes: 256 bits. */
    public static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureToken() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a text in hexadecimal (64 characters): what is kept of a token that must not be readable. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text can be a token at all (43 URL-safe characters): anything else is not looked up. */
    public static boolean looksLikeOne(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
