package dev.migrations.dialect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The key of the migration lock of one version table: the same in every JVM, on every run and replica. */
final class LockKeys {

    private LockKeys() {
    }

    /** The first 64 bits of SHA-256 over the scope, such as {@code "public.migrations_version"}. */
    static long of(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("migrations:" + scope).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
