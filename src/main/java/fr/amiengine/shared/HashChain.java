package fr.amiengine.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The hashes of our tamper-evident ledgers: each line hashes its fields and the previous line's hash. */
public final class HashChain {

    /** The "previous hash" of a chain's first line. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** SHA-256, in hex, of the fields joined by the unit separator (null fields count as empty). */
    public static String hash(Object... fields) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                content.append('\u001f');
            }
            content.append(Objects.toString(fields[i], ""));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
